#pragma once

#include "procurement/TenderStore.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace jointly::records {
struct RecordKind;
}

namespace jointly::ui {

class ProjectDocument;
class RecordTableView;
class TenderGrid;

// A procurement's tender evaluation: its criteria, bids and prices; the
// panel with their declared interests; scoring as one evaluator at a time
// (each sees only their own scores, never the prices, which stay sealed
// elsewhere until the quality evaluators have finished); moderation once
// every evaluator has finished, with the spread flagged and the originals
// kept; and the results: the ranking under each price formula side by side,
// exclusions, warnings and each bidder's assessment summary.
class EvaluationPanel : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationPanel(ProjectDocument& document, QWidget* parent = nullptr);

    QComboBox& procurementChoice() { return *procurement_; }
    QComboBox& evaluatorChoice() { return *evaluator_; }
    QTabWidget& parts() { return *parts_; }
    TenderGrid& scoring() { return *scoring_; }
    TenderGrid& moderation() { return *moderation_; }
    QLineEdit& note() { return *note_; }
    QLineEdit& reason() { return *reason_; }
    QLabel& moderationState() { return *moderationState_; }
    QLabel& originals() { return *originals_; }
    QTableWidget& rankings() { return *rankings_; }
    QListWidget& findings() { return *findings_; }
    // The bids' prices, or (while quality is being scored) the page that
    // keeps them sealed until "Show the prices" is pressed.
    QStackedWidget& prices() { return *prices_; }
    RecordTableView& evaluators() { return *evaluators_; }

    std::int64_t procurementId() const;

private:
    // A table of one kind's records of the procurement chosen; new ones
    // belong to it.
    RecordTableView* filteredTable(const records::RecordKind& kind, const QString& title);
    QWidget* criteriaAndBids();
    QWidget* panelPart();
    QWidget* scoringPart();
    QWidget* moderationPart();
    QWidget* resultsPart();
    void fillProcurements();
    void fillEvaluators();
    void chooseProcurement();
    void refresh();
    void showResults();
    void score(std::int64_t bidId, std::int64_t criterionId, std::optional<std::int64_t> value,
               const QString& text);
    void moderate(std::int64_t bidId, std::int64_t criterionId, std::optional<std::int64_t> value,
                  const QString& text);
    void saveNote();
    void showOriginals();

    ProjectDocument& document_;
    QComboBox* procurement_;
    QTabWidget* parts_;
    std::vector<RecordTableView*> filtered_; // tables showing the chosen procurement's records
    RecordTableView* evaluators_ = nullptr;
    QComboBox* evaluator_ = nullptr;
    TenderGrid* scoring_ = nullptr;
    QLineEdit* note_ = nullptr;
    QLabel* scoringState_ = nullptr;
    TenderGrid* moderation_ = nullptr;
    QLineEdit* reason_ = nullptr;
    QLabel* moderationState_ = nullptr;
    QLabel* originals_ = nullptr;
    QTableWidget* rankings_ = nullptr;
    QListWidget* findings_ = nullptr;
    QStackedWidget* prices_ = nullptr;
    QLabel* sealed_ = nullptr;
    bool pricesShown_ = false; // shown on purpose for the procurement chosen
    std::optional<procurement::Evaluation> evaluation_;
};

} // namespace jointly::ui

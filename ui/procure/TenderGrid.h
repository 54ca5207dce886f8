#pragma once

#include "procurement/TenderStore.h"

#include <QTableWidget>

#include <cstdint>
#include <optional>

namespace jointly::ui {

// A grid of bids (rows) by scored questions (columns) for one procurement.
// As a scoring grid it shows one evaluator's own scores, and only theirs;
// a bid they declared an interest in reads "Interest: not scored" and
// cannot be edited, and nothing is editable once they have finished. As a
// moderation grid it shows each question's consensus, or the mean of the
// evaluators' scores with their spread, once every evaluator has finished.
class TenderGrid : public QTableWidget {
    Q_OBJECT
public:
    enum class Mode { Scoring, Moderation };
    explicit TenderGrid(Mode mode, QWidget* parent = nullptr);

    // Fills the grid from the evaluation; for scoring, as evaluatorId sees it.
    void show(const procurement::Evaluation& evaluation, std::int64_t evaluatorId);

    // A long heading broken at spaces into lines of about `width`
    // characters, so a column need not be wide to show all of it.
    static QString wrapped(const QString& text, qsizetype width);

    // The bid and question of a cell.
    std::int64_t bidAt(int row) const;
    std::int64_t criterionAt(int column) const;

signals:
    // A score typed into a cell: empty text clears it.
    void scoreTyped(std::int64_t bidId, std::int64_t criterionId, std::optional<std::int64_t> score,
                    const QString& text);

private:
    Mode mode_;
    std::vector<std::int64_t> bids_;
    std::vector<std::int64_t> criteria_;
    bool filling_ = false;
};

} // namespace jointly::ui

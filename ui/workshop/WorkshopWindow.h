#pragma once

#include "ui/workshop/AudienceView.h"
#include "workshop/LoadedRound.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace jointly::ui {

class BallotGrid;
class ProjectDocument;

// The facilitator's window on the laptop: the agenda with each item's
// quoracy, who may vote on the chosen item and why not, its rounds (added,
// opened, closed, revealed, re-run), the ballot grid, the result once
// closed, and the steps that use a revealed result in the plan. It opens
// the audience view, on the projector's screen when one is connected, and
// keeps it in step after every edit; the audience view never shows what
// this window shows before the reveal.
class WorkshopWindow : public QWidget {
    Q_OBJECT
public:
    WorkshopWindow(ProjectDocument& document, std::int64_t workshopId, QWidget* parent = nullptr);
    ~WorkshopWindow() override;

    QListWidget& agenda() { return *agenda_; }
    QComboBox& rounds() { return *rounds_; }
    BallotGrid& ballots() { return *ballots_; }
    QTableWidget& results() { return *results_; }
    QLabel& quorum() { return *quorum_; }
    AudienceView* audience() { return audience_; }
    QPushButton& openButton() { return *open_; }
    QPushButton& closeButton() { return *close_; }
    QPushButton& revealButton() { return *reveal_; }
    QPushButton& rerunButton() { return *rerun_; }
    QPushButton& addRoundButton() { return *addRound_; }
    QComboBox& votesNamed() { return *votesNamed_; }
    QPushButton& decisionButton() { return *decide_; }
    QPushButton& declareButton() { return *declare_; }
    QPushButton& chairActionButton() { return *chairAction_; }
    QPushButton& confirmButton() { return *confirmStatements_; }
    QTableWidget& present() { return *present_; }

    std::int64_t workshopId() const { return workshopId_; }

    // Shows the audience view (a separate window, on `screen` when given).
    void showAudience(int screen = -1);

private:
    void reloadAgenda();
    void reloadItem();
    void reloadRound();
    void moveRound(workshop::RoundState state);
    void declareInterest();
    void recordChairAction();
    std::optional<std::int64_t> currentItem() const;
    void tick();

    ProjectDocument& document_;
    std::int64_t workshopId_;
    QString workshopName_;
    std::vector<std::int64_t> items_;
    std::optional<workshop::LoadedRound> round_;
    QListWidget* agenda_;
    QLabel* itemTitle_;
    QLabel* quorum_;
    QTableWidget* present_;
    std::vector<std::int64_t> presentMembers_; // the member on each row of present_
    QPushButton* declare_;
    QPushButton* chairAction_;
    QComboBox* rounds_;
    QComboBox* newKind_;
    QPushButton* addRound_;
    QPushButton* open_;
    QPushButton* close_;
    QPushButton* reveal_;
    QPushButton* rerun_;
    QPushButton* timer_;
    QLabel* progress_;
    BallotGrid* ballots_;
    QTableWidget* results_;
    QPlainTextEdit* resultNotes_;
    QPushButton* useScores_;
    QPushButton* rankPriorities_;
    QPushButton* decideProposals_;
    QPushButton* confirmStatements_;
    QComboBox* votesNamed_;
    QPushButton* decide_;
    QComboBox* screens_;
    QPushButton* showAudience_;
    QPointer<AudienceView> audience_;
    QTimer* clock_;
    int secondsLeft_ = -1;
};

} // namespace jointly::ui

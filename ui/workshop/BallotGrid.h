#pragma once

#include "workshop/LoadedRound.h"

#include <QWidget>

#include <QStringList>

#include <optional>
#include <set>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace jointly::ui {

class ProjectDocument;

// Where the facilitator types each member's votes or scores on the laptop:
// a row per member free to vote on the item, a column per choice (per
// choice and criterion when scoring an appraisal). "Enter" commits the
// selected member's row as one undoable edit. Passed round the room, it
// shows one member's row only ("Private entry"), and in an anonymous round
// nobody's entered values are shown again once committed.
class BallotGrid : public QWidget {
    Q_OBJECT
public:
    explicit BallotGrid(ProjectDocument& document, QWidget* parent = nullptr);

    void showRound(const std::optional<workshop::LoadedRound>& round);

    QTableWidget& table() { return *table_; }
    QComboBox& privateMember() { return *privateMember_; }
    QPushButton& enterButton() { return *enter_; }

    // Enters the row of this member as typed; true when it was committed.
    bool enterRow(int row);

private:
    void rebuild();
    void markEntered();
    // The member's entry as recorded in the row's cells (0 empties them).
    void fillRow(int row, std::int64_t member);
    void applyPrivacy();

    ProjectDocument& document_;
    std::optional<workshop::LoadedRound> round_;
    QTableWidget* table_;
    QComboBox* privateMember_;
    QPushButton* enter_;
    QLabel* hint_;
    std::vector<std::int64_t> rowMembers_;
    // What the grid was built for: a new ballot in the same round only
    // marks the member's row as entered, rather than building the grid again.
    QStringList builtFor_;
    // The members with an entry when the rows were last updated.
    std::set<std::int64_t> enteredBefore_;
};

} // namespace jointly::ui

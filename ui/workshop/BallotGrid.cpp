#include "ui/workshop/BallotGrid.h"

#include "ui/common/ProjectDocument.h"
#include "workshop/WorkshopEdits.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace jointly::ui {

namespace {

QString fromCore(const std::string& text) {
    return QString::fromStdString(text);
}

// A typed cell as a value: empty for none; yes, no and abstain words for a
// yes/no round; otherwise a whole number. Nothing (and ok false) for text
// that is none of these.
std::optional<std::int64_t> valueOf(const QString& typed, workshop::RoundKind kind, bool& ok) {
    ok = true;
    const auto text = typed.trimmed().toLower();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    if (kind == workshop::RoundKind::YesNo) {
        if (text == QStringLiteral("yes") || text == QStringLiteral("y")) {
            return workshop::kYes;
        }
        if (text == QStringLiteral("no") || text == QStringLiteral("n")) {
            return workshop::kNo;
        }
        if (text.startsWith(QStringLiteral("abst")) || text == QStringLiteral("a")) {
            return workshop::kAbstain;
        }
    }
    const auto number = text.toLongLong(&ok);
    return ok ? std::optional<std::int64_t>(number) : std::nullopt;
}

QString shown(std::int64_t value, workshop::RoundKind kind) {
    if (kind == workshop::RoundKind::YesNo) {
        return value == workshop::kYes  ? QObject::tr("Yes")
               : value == workshop::kNo ? QObject::tr("No")
                                        : QObject::tr("Abstain");
    }
    return QString::number(value);
}

} // namespace

BallotGrid::BallotGrid(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), table_(new QTableWidget(this)),
      privateMember_(new QComboBox(this)), enter_(new QPushButton(tr("&Enter these votes"), this)),
      hint_(new QLabel(this)) {
    table_->setObjectName(QStringLiteral("ballot_grid"));
    table_->setAccessibleName(tr("Votes to enter, a row per member"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setTabKeyNavigation(false);
    privateMember_->setObjectName(QStringLiteral("private_entry"));
    privateMember_->setAccessibleName(tr("Private entry for one member"));
    enter_->setObjectName(QStringLiteral("enter_votes"));
    enter_->setAccessibleName(tr("Enter the selected member's votes"));
    hint_->setWordWrap(true);
    auto* privateLabel = new QLabel(tr("Private entr&y:"), this);
    privateLabel->setBuddy(privateMember_);
    auto* bar = new QHBoxLayout;
    bar->addWidget(privateLabel);
    bar->addWidget(privateMember_, 1);
    bar->addWidget(enter_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint_);
    layout->addWidget(table_, 1);
    layout->addLayout(bar);
    connect(enter_, &QPushButton::clicked, this, [this] {
        // A cell still being typed in is committed to the grid first.
        enter_->setFocus();
        const auto rows = table_->selectionModel()->selectedRows();
        enterRow(rows.isEmpty() ? table_->currentRow() : rows.first().row());
    });
    connect(privateMember_, &QComboBox::currentIndexChanged, this, [this] { applyPrivacy(); });
}

void BallotGrid::showRound(const std::optional<workshop::LoadedRound>& round) {
    round_ = round;
    // What the grid shows: the round, its state and naming, its choices and
    // criteria (ids and names) and who may vote. Only when all are the same
    // does a new ballot just update the rows in place.
    QStringList key;
    if (round_) {
        key << QString::number(round_->round.id)
            << QString::number(static_cast<int>(round_->round.state))
            << QString::number(static_cast<int>(round_->round.anonymity));
        for (const auto& choice : round_->choices) {
            key << QString::number(choice.id) << fromCore(choice.name);
        }
        for (const auto& criterion : round_->criteria) {
            key << QString::number(criterion.id) << fromCore(criterion.name);
        }
        for (const auto& voter : round_->voters) {
            key << QString::number(voter.mayVote ? voter.member : -voter.member);
        }
    }
    if (round_ && key == builtFor_) {
        markEntered();
        return;
    }
    builtFor_ = key;
    rebuild();
}

void BallotGrid::fillRow(int row, std::int64_t member) {
    const auto& round = *round_;
    const auto kind = round.round.rules.kind;
    for (int column = 1; column < table_->columnCount(); ++column) {
        delete table_->takeItem(row, column);
    }
    for (std::size_t b = 0; b < round.ballots.size(); ++b) {
        if (round.ballotMembers[b] != member) {
            continue;
        }
        const auto& values = round.ballots[b].values;
        for (std::size_t c = 0; c < values.size(); ++c) {
            if (values[c]) {
                table_->setItem(row, static_cast<int>(c) + 1,
                                new QTableWidgetItem(shown(*values[c], kind)));
            }
        }
    }
    for (std::size_t m = 0; m < round.scores.size(); ++m) {
        if (round.scoreMembers[m] != member) {
            continue;
        }
        int column = 1;
        for (const auto& option : round.scores[m].scores) {
            for (const auto& score : option) {
                if (score) {
                    table_->setItem(row, column, new QTableWidgetItem(QString::number(*score)));
                }
                ++column;
            }
        }
    }
}

void BallotGrid::markEntered() {
    const bool anonymous = round_->round.anonymity == workshop::Anonymity::Anonymous;
    std::set<std::int64_t> entered;
    int row = 0;
    for (const auto& voter : round_->voters) {
        if (!voter.mayVote) {
            continue;
        }
        if (auto* name = table_->item(row, 0)) {
            name->setText(fromCore(voter.name) + (voter.voted ? tr(" (entered)") : QString()));
        }
        if (voter.voted) {
            entered.insert(voter.member);
            // Named: what is recorded, to check or correct. Anonymous: what
            // was typed is not left on the screen (cleared once, when entered).
            if (!anonymous) {
                fillRow(row, voter.member);
            } else if (enteredBefore_.count(voter.member) == 0) {
                fillRow(row, 0);
            }
        } else if (enteredBefore_.count(voter.member) != 0) {
            fillRow(row, 0); // undone: the record no longer holds it
        }
        ++row;
    }
    enteredBefore_ = std::move(entered);
}

void BallotGrid::rebuild() {
    const QSignalBlocker blocker(privateMember_);
    const auto keep = privateMember_->currentData();
    table_->clear();
    table_->setRowCount(0);
    table_->setColumnCount(0);
    privateMember_->clear();
    privateMember_->addItem(tr("Everyone (the facilitator types)"), QVariant());
    rowMembers_.clear();
    enteredBefore_.clear();
    const bool open = round_ && round_->round.state == workshop::RoundState::Open;
    enter_->setEnabled(open);
    table_->setEnabled(open);
    if (!round_) {
        hint_->setText(tr("Choose or add a round."));
        return;
    }
    const auto& round = *round_;
    const auto kind = round.round.rules.kind;
    hint_->setText(
        open ? tr("Type each member's votes in their row and press Enter these votes. "
                  "%1")
                   .arg(kind == workshop::RoundKind::YesNo ? tr("Type yes, no or abstain.")
                        : kind == workshop::RoundKind::Ranking
                            ? tr("Type the place given: 1 for first.")
                        : kind == workshop::RoundKind::Dots
                            ? tr("Type the dots placed: %1 each.")
                                  .arg(round.round.rules.dotsPerMember)
                        : kind == workshop::RoundKind::Allocation
                            ? tr("Share out all %1 points.").arg(round.round.rules.points)
                            : tr("Type a score from %1 to %2.")
                                  .arg(round.round.rules.scaleMin)
                                  .arg(round.round.rules.scaleMax))
             : tr("The round is %1: votes are entered while it is open.")
                   .arg(fromCore(std::string(workshop::stateWords(round.round.state)))));
    QStringList headings{tr("Member")};
    const bool criteria = !round.criteria.empty();
    for (const auto& choice : round.choices) {
        if (criteria) {
            for (const auto& criterion : round.criteria) {
                headings << fromCore(choice.name) + QStringLiteral(": ") + fromCore(criterion.name);
            }
        } else {
            headings << fromCore(choice.name);
        }
    }
    table_->setColumnCount(static_cast<int>(headings.size()));
    table_->setHorizontalHeaderLabels(headings);
    const bool anonymous = round.round.anonymity == workshop::Anonymity::Anonymous;
    for (const auto& voter : round.voters) {
        if (!voter.mayVote) {
            continue;
        }
        const int row = table_->rowCount();
        table_->insertRow(row);
        rowMembers_.push_back(voter.member);
        auto* name = new QTableWidgetItem(fromCore(voter.name) +
                                          (voter.voted ? tr(" (entered)") : QString()));
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        table_->setItem(row, 0, name);
        privateMember_->addItem(fromCore(voter.name), QVariant::fromValue(voter.member));
        if (voter.voted) {
            enteredBefore_.insert(voter.member);
            if (!anonymous) {
                fillRow(row, voter.member); // named: what was entered, to check or correct
            }
        }
    }
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int found = privateMember_->findData(keep);
    privateMember_->setCurrentIndex(found < 0 ? 0 : found);
    applyPrivacy();
}

void BallotGrid::applyPrivacy() {
    const auto only = privateMember_->currentData();
    for (int row = 0; row < table_->rowCount(); ++row) {
        const bool hide =
            only.isValid() && rowMembers_[static_cast<std::size_t>(row)] != only.toLongLong();
        table_->setRowHidden(row, hide);
        if (!hide && only.isValid()) {
            table_->selectRow(row);
        }
    }
}

bool BallotGrid::enterRow(int row) {
    if (!round_ || row < 0 || row >= table_->rowCount()) {
        return false;
    }
    const auto& round = *round_;
    const auto member = rowMembers_[static_cast<std::size_t>(row)];
    const auto kind = round.round.rules.kind;
    auto cell = [&](int column, bool& ok) {
        const auto* item = table_->item(row, column);
        return valueOf(item ? item->text() : QString(), kind, ok);
    };
    Status status = Done{};
    if (!round.criteria.empty()) {
        std::vector<std::vector<std::optional<std::int64_t>>> scores;
        int column = 1;
        for (std::size_t o = 0; o < round.choices.size(); ++o) {
            std::vector<std::optional<std::int64_t>> row_;
            for (std::size_t c = 0; c < round.criteria.size(); ++c) {
                bool ok = true;
                row_.push_back(cell(column, ok));
                if (!ok) {
                    emit document_.problem(tr("“%1” is not a score; type a whole number.")
                                               .arg(table_->item(row, column)->text()));
                    return false;
                }
                ++column;
            }
            scores.push_back(std::move(row_));
        }
        status = workshop::enterScores(document_.project(), round.round.id, member, scores);
    } else {
        std::vector<std::optional<std::int64_t>> values;
        for (int column = 1; column < table_->columnCount(); ++column) {
            bool ok = true;
            values.push_back(cell(column, ok));
            if (!ok) {
                emit document_.problem(tr("“%1” is not a vote this round takes.")
                                           .arg(table_->item(row, column)->text()));
                return false;
            }
        }
        status = workshop::enterBallot(document_.project(), round.round.id, member, values);
    }
    return document_.check(status);
}

} // namespace jointly::ui

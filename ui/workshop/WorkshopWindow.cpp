#include "ui/workshop/WorkshopWindow.h"

#include "ui/common/ProjectDocument.h"
#include "ui/workshop/AudienceView.h"
#include "ui/workshop/BallotGrid.h"
#include "ui/workshop/DecisionDialog.h"
#include "workshop/ItemStanding.h"
#include "workshop/RoundTable.h"
#include "workshop/WorkshopAgenda.h"
#include "workshop/WorkshopEdits.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString fromCore(const std::string& text) {
    return QString::fromStdString(text);
}

QPushButton* button(const QString& text, const char* name, const QString& accessible,
                    QWidget* parent) {
    auto* made = new QPushButton(text, parent);
    made->setObjectName(QLatin1String(name));
    made->setAccessibleName(accessible);
    return made;
}

} // namespace

WorkshopWindow::WorkshopWindow(ProjectDocument& document, std::int64_t workshopId, QWidget* parent)
    : QWidget(parent, Qt::Window), document_(document), workshopId_(workshopId),
      agenda_(new QListWidget(this)), itemTitle_(new QLabel(this)), quorum_(new QLabel(this)),
      present_(new QTableWidget(this)),
      declare_(button(tr("Declare an int&erest…"), "declare_interest",
                      tr("Declare an interest on the day"), this)),
      chairAction_(button(tr("C&hair's action…"), "chair_action",
                          tr("Record the chair's action on the selected member's interest"), this)),
      rounds_(new QComboBox(this)), newKind_(new QComboBox(this)),
      addRound_(button(tr("&Add a round"), "add_round", tr("Add a round to the item"), this)),
      open_(button(tr("&Open"), "open_round", tr("Open the round for votes"), this)),
      close_(button(tr("&Close"), "close_round", tr("Close the round"), this)),
      reveal_(button(tr("&Show the results"), "reveal_round",
                     tr("Show the round's results to the room"), this)),
      rerun_(button(tr("&Re-run"), "rerun_round", tr("Run the round again"), this)),
      timer_(
          button(tr("Start the &timer"), "start_timer", tr("Start the round's countdown"), this)),
      progress_(new QLabel(this)), ballots_(new BallotGrid(document, this)),
      results_(new QTableWidget(this)), resultNotes_(new QPlainTextEdit(this)),
      useScores_(button(tr("Use these scores in the appraisa&l"), "use_scores",
                        tr("Use these scores in the appraisal"), this)),
      rankPriorities_(button(tr("Ra&nk the priorities in this order"), "rank_priorities",
                             tr("Rank the priorities in this order"), this)),
      decideProposals_(button(tr("Decide the &proposals as voted"), "decide_proposals",
                              tr("Decide the proposals as voted"), this)),
      confirmStatements_(button(tr("Confir&m the statements carried"), "confirm_statements",
                                tr("Confirm the needs statements the vote carried"), this)),
      votesNamed_(new QComboBox(this)),
      decide_(button(tr("Record a dec&ision…"), "record_decision", tr("Record a decision"), this)),
      screens_(new QComboBox(this)),
      showAudience_(button(tr("Show the a&udience view"), "show_audience",
                           tr("Show the audience view"), this)),
      clock_(new QTimer(this)) {
    setObjectName(QStringLiteral("workshop_window"));
    document_.readSafely([this] {
        workshopName_ = fromCore(
            workshop::workshopName(document_.database(), workshopId_).value_or("Unnamed workshop"));
    });
    setWindowTitle(tr("Workshop: %1").arg(workshopName_));
    resize(1280, 720);

    agenda_->setObjectName(QStringLiteral("agenda"));
    agenda_->setAccessibleName(tr("Agenda"));
    rounds_->setObjectName(QStringLiteral("rounds"));
    rounds_->setAccessibleName(tr("Rounds of the item"));
    newKind_->setAccessibleName(tr("Kind of round to add"));
    for (const auto& [key, label] :
         {std::pair{workshop::RoundKind::Ranking, tr("Ranking")},
          std::pair{workshop::RoundKind::Dots, tr("Dot voting")},
          std::pair{workshop::RoundKind::Allocation, tr("100 points")},
          std::pair{workshop::RoundKind::Score, tr("Scores")},
          std::pair{workshop::RoundKind::YesNo, tr("Yes, no or abstain")}}) {
        newKind_->addItem(label, static_cast<int>(key));
    }
    votesNamed_->setObjectName(QStringLiteral("votes_named"));
    votesNamed_->setAccessibleName(tr("How the round's votes are named"));
    votesNamed_->addItem(tr("Anonymous"), static_cast<int>(workshop::Anonymity::Anonymous));
    votesNamed_->addItem(tr("Named to the facilitator only"),
                         static_cast<int>(workshop::Anonymity::Private));
    votesNamed_->addItem(tr("Named in the record"),
                         static_cast<int>(workshop::Anonymity::Recorded));
    present_->setAccessibleName(tr("Members present and whether each may vote"));
    present_->setColumnCount(3);
    present_->setHorizontalHeaderLabels({tr("Present"), tr("Organisation"), tr("Vote")});
    present_->horizontalHeader()->setStretchLastSection(true);
    // One line a member, so most of the room shows at once.
    present_->setWordWrap(false);
    present_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    present_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    present_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    present_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    present_->setSelectionBehavior(QAbstractItemView::SelectRows);
    present_->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the tables for the next control, as everywhere else.
    present_->setTabKeyNavigation(false);
    results_->setTabKeyNavigation(false);
    results_->setObjectName(QStringLiteral("round_results"));
    results_->setAccessibleName(tr("The round's results"));
    results_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    results_->horizontalHeader()->setStretchLastSection(true);
    results_->verticalHeader()->setVisible(false);
    present_->verticalHeader()->setVisible(false);
    agenda_->setWordWrap(true);
    quorum_->setWordWrap(true);
    resultNotes_->setReadOnly(true);
    resultNotes_->setMaximumHeight(60);
    resultNotes_->setTabChangesFocus(true);
    resultNotes_->setAccessibleName(tr("What the result says"));
    itemTitle_->setWordWrap(true);
    screens_->setAccessibleName(tr("Screen for the audience view"));
    const auto screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        const auto size = screens[i]->geometry().size();
        screens_->addItem(
            tr("Screen %1 (%2 × %3)").arg(i + 1).arg(size.width()).arg(size.height()));
    }
    // A projector is the second screen when one is connected.
    screens_->setCurrentIndex(screens_->count() > 1 ? 1 : 0);

    auto* top = new QHBoxLayout;
    auto* screenLabel = new QLabel(tr("Pro&jector:"), this);
    screenLabel->setBuddy(screens_);
    top->addWidget(new QLabel(tr("<b>%1</b>").arg(workshopName_.toHtmlEscaped()), this), 1);
    top->addWidget(screenLabel);
    top->addWidget(screens_);
    top->addWidget(showAudience_);

    auto* roundBar = new QHBoxLayout;
    auto* roundLabel = new QLabel(tr("Roun&d:"), this);
    roundLabel->setBuddy(rounds_);
    roundBar->addWidget(roundLabel);
    roundBar->addWidget(rounds_, 1);
    auto* votesLabel = new QLabel(tr("&Votes:"), this);
    votesLabel->setBuddy(votesNamed_);
    roundBar->addWidget(votesLabel);
    roundBar->addWidget(votesNamed_);
    roundBar->addWidget(newKind_);
    roundBar->addWidget(addRound_);
    auto* stateBar = new QHBoxLayout;
    for (auto* b : {open_, close_, reveal_, rerun_, timer_}) {
        stateBar->addWidget(b);
    }
    stateBar->addWidget(progress_, 1);
    auto* applyBar = new QHBoxLayout;
    for (auto* b : {useScores_, rankPriorities_, decideProposals_, confirmStatements_, decide_}) {
        applyBar->addWidget(b);
    }
    applyBar->addStretch(1);

    // Three panes one above the other, each resizable, so the members,
    // the ballots and the results all fit a 768-line laptop screen.
    auto* who = new QWidget(this);
    auto* whoLayout = new QVBoxLayout(who);
    whoLayout->setContentsMargins(0, 0, 0, 0);
    whoLayout->addWidget(itemTitle_);
    whoLayout->addWidget(quorum_);
    whoLayout->addWidget(present_, 1);
    auto* interestBar = new QHBoxLayout;
    interestBar->addWidget(declare_);
    interestBar->addWidget(chairAction_);
    interestBar->addStretch(1);
    whoLayout->addLayout(interestBar);
    auto* voting = new QWidget(this);
    auto* votingLayout = new QVBoxLayout(voting);
    votingLayout->setContentsMargins(0, 0, 0, 0);
    votingLayout->addLayout(roundBar);
    votingLayout->addLayout(stateBar);
    votingLayout->addWidget(ballots_, 1);
    auto* outcome = new QWidget(this);
    auto* outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    outcomeLayout->addWidget(
        new QLabel(tr("Results (here and on the projector once you show them):"), this));
    outcomeLayout->addWidget(results_, 1);
    outcomeLayout->addWidget(resultNotes_);
    outcomeLayout->addLayout(applyBar);
    auto* item = new QSplitter(Qt::Vertical, this);
    item->setObjectName(QStringLiteral("item_panes"));
    item->addWidget(who);
    item->addWidget(voting);
    item->addWidget(outcome);
    item->setChildrenCollapsible(false);
    item->setStretchFactor(0, 3);
    item->setStretchFactor(1, 3);
    item->setStretchFactor(2, 2);
    item->setSizes({250, 220, 190});

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(agenda_);
    split->addWidget(item);
    split->setStretchFactor(1, 3);
    split->setSizes({300, 980});
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    // Undo and redo from this window too: a wrong ballot is taken back at once.
    auto* undo = new QShortcut(QKeySequence::Undo, this);
    connect(undo, &QShortcut::activated, &document_, &ProjectDocument::undo);
    auto* redo = new QShortcut(QKeySequence::Redo, this);
    connect(redo, &QShortcut::activated, &document_, &ProjectDocument::redo);
    connect(agenda_, &QListWidget::currentRowChanged, this, [this] { reloadItem(); });
    connect(rounds_, &QComboBox::currentIndexChanged, this, [this] { reloadRound(); });
    connect(addRound_, &QPushButton::clicked, this, [this] {
        const auto row = agenda_->currentRow();
        if (row < 0 || row >= static_cast<int>(items_.size())) {
            return;
        }
        const auto kind = static_cast<workshop::RoundKind>(newKind_->currentData().toInt());
        auto added =
            workshop::addRound(document_.project(), items_[static_cast<std::size_t>(row)], kind);
        if (document_.check(added.ok() ? Status(Done{}) : Status(added.error()))) {
            reloadItem();
            rounds_->setCurrentIndex(rounds_->findData(QVariant::fromValue(added.value())));
        }
    });
    connect(open_, &QPushButton::clicked, this, [this] { moveRound(workshop::RoundState::Open); });
    connect(close_, &QPushButton::clicked, this,
            [this] { moveRound(workshop::RoundState::Closed); });
    connect(reveal_, &QPushButton::clicked, this,
            [this] { moveRound(workshop::RoundState::Revealed); });
    connect(rerun_, &QPushButton::clicked, this, [this] {
        if (!round_) {
            return;
        }
        auto rerun = workshop::rerunRound(document_.project(), round_->round.id);
        if (document_.check(rerun.ok() ? Status(Done{}) : Status(rerun.error()))) {
            reloadItem();
            rounds_->setCurrentIndex(rounds_->findData(QVariant::fromValue(rerun.value())));
        }
    });
    connect(useScores_, &QPushButton::clicked, this, [this] {
        if (round_) {
            document_.check(workshop::useScoresInAppraisal(document_.project(), round_->round.id));
        }
    });
    connect(rankPriorities_, &QPushButton::clicked, this, [this] {
        if (round_) {
            document_.check(workshop::rankPriorities(document_.project(), round_->round.id));
        }
    });
    connect(decideProposals_, &QPushButton::clicked, this, [this] {
        if (round_) {
            document_.check(workshop::decideProposals(document_.project(), round_->round.id));
        }
    });
    connect(confirmStatements_, &QPushButton::clicked, this, [this] {
        if (round_) {
            document_.check(workshop::confirmStatements(document_.project(), round_->round.id));
        }
    });
    connect(declare_, &QPushButton::clicked, this, [this] { declareInterest(); });
    connect(chairAction_, &QPushButton::clicked, this, [this] { recordChairAction(); });
    connect(present_, &QTableWidget::itemSelectionChanged, this, [this] {
        chairAction_->setEnabled(present_->currentRow() >= 0 &&
                                 !present_->selectedItems().isEmpty());
    });
    connect(votesNamed_, &QComboBox::activated, this, [this] {
        if (round_) {
            const auto naming =
                static_cast<workshop::Anonymity>(votesNamed_->currentData().toInt());
            if (!document_.check(
                    workshop::setAnonymity(document_.project(), round_->round.id, naming))) {
                reloadRound();
            }
        }
    });
    connect(decide_, &QPushButton::clicked, this, [this] {
        const auto row = agenda_->currentRow();
        if (row < 0 || row >= static_cast<int>(items_.size())) {
            return;
        }
        const bool fromRound = round_ && round_->round.state == workshop::RoundState::Revealed;
        DecisionDialog dialog(agenda_->item(row)->data(Qt::UserRole + 1).toString(),
                              fromRound ? fromCore(round_->round.name) : QString(), this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        auto recorded = workshop::recordDecision(
            document_.project(),
            dialog.draft(items_[static_cast<std::size_t>(row)],
                         fromRound ? std::optional<std::int64_t>(round_->round.id) : std::nullopt));
        document_.check(recorded.ok() ? Status(Done{}) : Status(recorded.error()));
    });
    connect(showAudience_, &QPushButton::clicked, this,
            [this] { showAudience(screens_->currentIndex()); });
    connect(timer_, &QPushButton::clicked, this, [this] {
        if (clock_->isActive()) {
            clock_->stop();
            secondsLeft_ = -1;
        } else {
            const auto minutes = round_ && round_->round.minutes ? *round_->round.minutes : 5;
            secondsLeft_ = static_cast<int>(minutes * 60);
            clock_->start(1000);
        }
        tick();
    });
    connect(clock_, &QTimer::timeout, this, [this] {
        secondsLeft_ = std::max(0, secondsLeft_ - 1);
        if (secondsLeft_ == 0) {
            clock_->stop();
        }
        tick();
    });
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        // A ballot touches only the votes: the round alone is read again, so
        // the projector shows it within a frame. Anything else may change
        // the agenda's quoracy too.
        if (tables == QSet<QString>{QStringLiteral("round_vote")}) {
            reloadRound();
        } else if (ProjectDocument::touchesAny(tables, workshop::kRoundReads)) {
            reloadAgenda();
        }
    });
    reloadAgenda();
}

WorkshopWindow::~WorkshopWindow() {
    if (audience_) {
        audience_->close();
        delete audience_;
    }
}

void WorkshopWindow::showAudience(int screen) {
    if (!audience_) {
        // A top-level window of its own, so it can go full screen on the
        // projector while this window stays on the laptop.
        audience_ = new AudienceView(nullptr);
        audience_->setAttribute(Qt::WA_DeleteOnClose);
        // The keyboard stays with the facilitator's window.
        audience_->setAttribute(Qt::WA_ShowWithoutActivating);
    }
    const auto screens = QGuiApplication::screens();
    if (screen > 0 && screen < screens.size()) {
        audience_->setScreen(screens[screen]);
        audience_->setGeometry(screens[screen]->geometry());
    } else if (!audience_->isVisible()) {
        // One screen: a window to drag to the projector, not over this one.
        audience_->resize(960, 540);
    }
    audience_->showRound(round_);
    audience_->setCountdown(secondsLeft_);
    const auto row = agenda_->currentRow();
    audience_->setHeading(workshopName_, row >= 0 && agenda_->item(row)
                                             ? agenda_->item(row)->data(Qt::UserRole + 1).toString()
                                             : QString());
    if (screens.size() > 1 && screen > 0) {
        audience_->showFullScreen();
    } else {
        audience_->show();
    }
}

void WorkshopWindow::reloadAgenda() {
    const int keep = agenda_->currentRow();
    std::vector<workshop::AgendaEntry> agenda;
    std::vector<std::optional<workshop::ItemStanding>> standings;
    if (!document_.readSafely([&] {
            agenda = workshop::loadAgenda(document_.database(), workshopId_);
            for (const auto& entry : agenda) {
                standings.push_back(workshop::loadItemStanding(document_.database(), entry.id));
            }
        })) {
        // A damaged page met part way: show nothing rather than half.
        agenda.clear();
        standings.clear();
    }
    const QSignalBlocker blocker(agenda_);
    agenda_->clear();
    items_.clear();
    for (std::size_t i = 0; i < agenda.size(); ++i) {
        const auto& entry = agenda[i];
        items_.push_back(entry.id);
        const bool quorate = standings[i] && standings[i]->quorum.quorate;
        auto text = tr("%1. %2").arg(i + 1).arg(fromCore(entry.title));
        if (entry.minutes) {
            text += tr(" (%1 min)").arg(*entry.minutes);
        }
        text += quorate ? tr(" — quorate") : tr(" — INQUORATE");
        auto* row = new QListWidgetItem(text, agenda_);
        row->setData(Qt::UserRole + 1, fromCore(entry.title));
    }
    agenda_->setCurrentRow(keep >= 0 && keep < agenda_->count() ? keep : 0);
    reloadItem();
}

void WorkshopWindow::reloadItem() {
    const auto row = agenda_->currentRow();
    std::optional<workshop::ItemStanding> standing;
    std::vector<workshop::RoundRecord> rounds;
    if (row >= 0 && row < static_cast<int>(items_.size())) {
        const auto item = items_[static_cast<std::size_t>(row)];
        document_.readSafely([&] {
            standing = workshop::loadItemStanding(document_.database(), item);
            rounds = workshop::roundsOfItem(document_.database(), item);
        });
    }
    itemTitle_->setText(standing ? tr("<h2>%1</h2>").arg(fromCore(standing->title).toHtmlEscaped())
                                 : tr("The agenda is empty: add items on the Workshops tab."));
    quorum_->setText(standing ? fromCore(standing->quorum.sentence) : QString());
    present_->setRowCount(0);
    presentMembers_.clear();
    if (standing) {
        for (std::size_t i = 0; i < standing->present.size(); ++i) {
            const auto& person = standing->present[i];
            const auto& eligibility = standing->eligibility[i];
            const int r = present_->rowCount();
            present_->insertRow(r);
            auto name = fromCore(person.name);
            if (person.actingFor) {
                name += tr(" (for %1)").arg(fromCore(person.actingForName));
            }
            presentMembers_.push_back(person.member);
            present_->setItem(r, 0, new QTableWidgetItem(name));
            present_->setItem(r, 1, new QTableWidgetItem(fromCore(person.partnerName)));
            auto* vote = new QTableWidgetItem(
                (eligibility.mayVote ? tr("Yes") : tr("No")) +
                (eligibility.reason.empty() ? QString()
                                            : QStringLiteral(": ") + fromCore(eligibility.reason)));
            // The whole sentence, where the column cuts it short.
            vote->setToolTip(vote->text());
            present_->setItem(r, 2, vote);
        }
    }
    const auto keep = rounds_->currentData();
    {
        const QSignalBlocker blocker(rounds_);
        rounds_->clear();
        for (const auto& round : rounds) {
            rounds_->addItem(
                tr("%1: %2").arg(fromCore(round.name),
                                 fromCore(std::string(workshop::stateWords(round.state)))),
                QVariant::fromValue(round.id));
        }
        const int found = rounds_->findData(keep);
        rounds_->setCurrentIndex(found >= 0 ? found : rounds_->count() - 1);
    }
    addRound_->setEnabled(standing.has_value());
    declare_->setEnabled(standing && !standing->present.empty());
    chairAction_->setEnabled(false);
    if (audience_ && row >= 0 && agenda_->item(row)) {
        audience_->setHeading(workshopName_, agenda_->item(row)->data(Qt::UserRole + 1).toString());
    }
    reloadRound();
}

void WorkshopWindow::reloadRound() {
    round_.reset();
    const auto id = rounds_->currentData();
    if (id.isValid()) {
        document_.readSafely([&] {
            auto loaded = workshop::loadRound(document_.database(), id.toLongLong());
            if (loaded.ok()) {
                round_ = std::move(loaded.value());
            }
        });
    }
    if (audience_) {
        audience_->showRound(round_);
    }
    const auto state = round_ ? round_->round.state : workshop::RoundState::Draft;
    open_->setEnabled(
        round_ && (state == workshop::RoundState::Draft || state == workshop::RoundState::Closed));
    close_->setEnabled(round_ && state == workshop::RoundState::Open);
    reveal_->setEnabled(round_ && state == workshop::RoundState::Closed);
    rerun_->setEnabled(round_ && (state == workshop::RoundState::Closed ||
                                  state == workshop::RoundState::Revealed));
    timer_->setEnabled(round_.has_value());
    {
        const QSignalBlocker blocker(votesNamed_);
        votesNamed_->setCurrentIndex(
            round_ ? votesNamed_->findData(static_cast<int>(round_->round.anonymity)) : 0);
    }
    // How votes are named is promised before anyone votes.
    votesNamed_->setEnabled(round_ && round_->ballots.empty() && round_->scores.empty() &&
                            state != workshop::RoundState::Revealed);
    decide_->setEnabled(agenda_->currentRow() >= 0);
    progress_->setText(round_ ? fromCore(round_->progress) : QString());
    ballots_->showRound(round_);

    // The result stays hidden, here as on the projector, until the
    // facilitator shows it: no one reads it and then reopens the round.
    results_->clear();
    results_->setRowCount(0);
    resultNotes_->clear();
    const bool seen = round_ && state == workshop::RoundState::Revealed;
    if (seen) {
        const auto table = workshop::roundTable(*round_);
        results_->setColumnCount(4);
        results_->setHorizontalHeaderLabels(
            {tr("Rank"), tr("Choice"), fromCore(table.resultHeading), tr("Spread")});
        auto* header = results_->horizontalHeader();
        header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(1, QHeaderView::Stretch);
        header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        header->setSectionResizeMode(3, QHeaderView::Stretch);
        for (const auto& row : table.rows) {
            const int r = results_->rowCount();
            results_->insertRow(r);
            results_->setItem(r, 0, new QTableWidgetItem(fromCore(row.rank)));
            results_->setItem(r, 1, new QTableWidgetItem(fromCore(row.choice)));
            results_->setItem(r, 2, new QTableWidgetItem(fromCore(row.result)));
            results_->setItem(r, 3, new QTableWidgetItem(fromCore(row.spread)));
        }
        QStringList notes{fromCore(table.sentence)};
        for (const auto& note : table.notes) {
            notes << fromCore(note);
        }
        resultNotes_->setPlainText(notes.join(QLatin1Char('\n')));
    }
    const bool revealed = round_ && state == workshop::RoundState::Revealed;
    useScores_->setEnabled(revealed && !round_->criteria.empty());
    rankPriorities_->setEnabled(revealed && round_->round.itemKind == "priorities");
    decideProposals_->setEnabled(revealed && round_->round.itemKind == "pbma" &&
                                 round_->round.rules.kind == workshop::RoundKind::YesNo);
    confirmStatements_->setEnabled(revealed && round_->round.itemKind == "needs" &&
                                   round_->round.rules.kind == workshop::RoundKind::YesNo);
}

void WorkshopWindow::moveRound(workshop::RoundState state) {
    if (round_) {
        document_.check(workshop::setRoundState(document_.project(), round_->round.id, state));
    }
}

void WorkshopWindow::tick() {
    timer_->setText(clock_->isActive() ? tr("Stop the &timer (%1:%2)")
                                             .arg(secondsLeft_ / 60)
                                             .arg(secondsLeft_ % 60, 2, 10, QLatin1Char('0'))
                                       : tr("Start the &timer"));
    if (audience_) {
        audience_->setCountdown(clock_->isActive() || secondsLeft_ == 0 ? secondsLeft_ : -1);
    }
}

} // namespace jointly::ui

#include "ui/procure/EvaluationPanel.h"

#include "procurement/ProcurementKinds.h"
#include "procurement/TenderKinds.h"
#include "procurement/TenderScoring.h"
#include "records/RecordStore.h"
#include "ui/common/Explanation.h"
#include "ui/common/PlaceFinder.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/RecordTableView.h"
#include "ui/procure/TenderGrid.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QSplitter* split(Qt::Orientation orientation, std::initializer_list<QWidget*> parts) {
    auto* splitter = new QSplitter(orientation);
    for (auto* part : parts) {
        splitter->addWidget(part);
    }
    splitter->setChildrenCollapsible(false);
    return splitter;
}

QWidget* column(std::initializer_list<QWidget*> parts, QWidget* stretch) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    for (auto* part : parts) {
        layout->addWidget(part, part == stretch ? 1 : 0);
    }
    return page;
}

QWidget* labelled(const QString& caption, QWidget* field) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(caption);
    label->setBuddy(field);
    layout->addWidget(label);
    layout->addWidget(field, 1);
    return row;
}

} // namespace

EvaluationPanel::EvaluationPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), procurement_(new QComboBox), parts_(new QTabWidget) {
    procurement_->setObjectName(QStringLiteral("evaluation_procurement"));
    procurement_->setAccessibleName(tr("Procurement evaluated"));
    PlaceFinder::mark(*procurement_, "evaluation");
    parts_->setObjectName(QStringLiteral("evaluation_parts"));
    parts_->setAccessibleName(tr("Parts of the tender evaluation"));
    parts_->addTab(criteriaAndBids(), tr("Criteria and &bids"));
    parts_->addTab(panelPart(), tr("Pa&nel"));
    parts_->addTab(scoringPart(), tr("Scorin&g"));
    parts_->addTab(moderationPart(), tr("Mo&deration"));
    parts_->addTab(resultsPart(), tr("Res&ults"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(labelled(tr("Pro&curement:"), procurement_));
    layout->addWidget(parts_, 1);
    connect(procurement_, &QComboBox::currentIndexChanged, this, [this] { chooseProcurement(); });
    connect(evaluator_, &QComboBox::currentIndexChanged, this, [this] {
        // Prices shown on purpose stay shown only until someone else scores.
        pricesShown_ = false;
        refresh();
    });
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (tables.contains(QStringLiteral("procurement"))) {
            fillProcurements();
        }
        if (tables.contains(QStringLiteral("evaluator"))) {
            fillEvaluators();
        }
        if (ProjectDocument::touchesAny(tables, procurement::kEvaluationReads)) {
            refresh();
        }
    });
    fillProcurements();
}

std::int64_t EvaluationPanel::procurementId() const {
    return procurement_->currentData().toLongLong();
}

RecordTableView* EvaluationPanel::filteredTable(const records::RecordKind& kind,
                                                const QString& title) {
    auto* view = new RecordTableView(document_, kind, title);
    view->model().setFilter("procurement_id", std::nullopt);
    view->table().setColumnHidden(records::fieldIndex(kind, "procurement_id"), true);
    view->setDefaults([this](records::FieldValues& initial, QString& whyNot) {
        if (procurementId() == 0) {
            whyNot = tr("Choose a procurement first.");
            return false;
        }
        initial.emplace_back("procurement_id", records::FieldValue{procurementId()});
        return true;
    });
    filtered_.push_back(view);
    return view;
}

QWidget* EvaluationPanel::criteriaAndBids() {
    auto* criteria = filteredTable(procurement::awardCriterion(), tr("Award criteria"));
    auto* lots = filteredTable(procurement::lot(), tr("Lots"));
    auto* bids = filteredTable(procurement::bid(), tr("Bids"));
    auto* prices = new RecordTableView(document_, procurement::bidPrice(),
                                       tr("Price of the selected bid, by year"));
    prices->follow(bids, "bid_id", tr("Choose a bid first."));
    auto* sealedPage = new QWidget;
    auto* sealedLayout = new QVBoxLayout(sealedPage);
    sealed_ = new QLabel;
    sealed_->setObjectName(QStringLiteral("prices_sealed"));
    sealed_->setWordWrap(true);
    auto* show = new QPushButton(tr("Sho&w the prices"));
    show->setObjectName(QStringLiteral("show_prices"));
    show->setAccessibleName(tr("Show the sealed prices"));
    connect(show, &QPushButton::clicked, this, [this] {
        pricesShown_ = true;
        prices_->setCurrentIndex(1);
    });
    sealedLayout->addWidget(sealed_);
    sealedLayout->addWidget(show, 0, Qt::AlignLeft);
    sealedLayout->addStretch(1);
    prices_ = new QStackedWidget;
    prices_->setObjectName(QStringLiteral("bid_prices"));
    prices_->addWidget(sealedPage);
    prices_->addWidget(prices);
    prices_->setCurrentIndex(1);
    return column({explanation(tr("Criteria weigh 100% in all; a sub-criterion (\"Part of\") "
                                  "shares its parent's weight. Price is scored by the "
                                  "procurement's formula; quality and social value by the "
                                  "panel."),
                               nullptr),
                   split(Qt::Vertical, {criteria, split(Qt::Horizontal, {lots, bids, prices_})})},
                  nullptr);
}

QWidget* EvaluationPanel::panelPart() {
    evaluators_ = filteredTable(procurement::evaluator(), tr("Evaluators"));
    auto* interests = new RecordTableView(document_, procurement::evaluatorInterest(),
                                          tr("Interests of the selected evaluator"));
    interests->follow(evaluators_, "evaluator_id", tr("Choose an evaluator first."));
    auto* descriptors = filteredTable(procurement::scoreDescriptor(), tr("Score descriptors"));
    return column(
        {explanation(tr("Each evaluator declares their interests before seeing any bid; an "
                        "interest in a bidder keeps them from scoring its bid. Mark each "
                        "evaluator finished when they have scored everything: moderation opens "
                        "when all have. Taken off the panel, an evaluator's scores are kept and "
                        "left out."),
                     nullptr),
         split(Qt::Vertical, {evaluators_, split(Qt::Horizontal, {interests, descriptors})})},
        nullptr);
}

QWidget* EvaluationPanel::scoringPart() {
    evaluator_ = new QComboBox;
    evaluator_->setObjectName(QStringLiteral("scoring_evaluator"));
    evaluator_->setAccessibleName(tr("Evaluator scoring"));
    scoring_ = new TenderGrid(TenderGrid::Mode::Scoring);
    note_ = new QLineEdit;
    note_->setObjectName(QStringLiteral("score_note"));
    note_->setAccessibleName(tr("Note for the selected score"));
    note_->setPlaceholderText(tr("Why this score: kept with it and given in the bidder's "
                                 "summary until moderation"));
    scoringState_ = new QLabel;
    scoringState_->setObjectName(QStringLiteral("scoring_state"));
    scoringState_->setWordWrap(true);
    connect(scoring_, &TenderGrid::scoreTyped, this, &EvaluationPanel::score);
    connect(scoring_, &QTableWidget::currentCellChanged, this, [this] {
        note_->clear();
        if (!evaluation_) {
            return;
        }
        const auto bid = scoring_->bidAt(scoring_->currentRow());
        const auto criterion = scoring_->criterionAt(scoring_->currentColumn());
        for (const auto& question : evaluation_->questions) {
            if (question.bidId != bid || question.criterionId != criterion) {
                continue;
            }
            for (const auto& each : question.scores) {
                if (each.evaluatorId == evaluator_->currentData().toLongLong()) {
                    note_->setText(qs(each.note));
                }
            }
        }
    });
    connect(note_, &QLineEdit::editingFinished, this, &EvaluationPanel::saveNote);
    return column({explanation(tr("Score as one evaluator at a time: each sees only their own "
                                  "scores, and prices are never shown here. Type a score into "
                                  "a cell; clear it to take it back."),
                               nullptr),
                   labelled(tr("Scoring &as:"), evaluator_), scoringState_, scoring_,
                   labelled(tr("No&te:"), note_)},
                  scoring_);
}

QWidget* EvaluationPanel::moderationPart() {
    moderation_ = new TenderGrid(TenderGrid::Mode::Moderation);
    reason_ = new QLineEdit;
    reason_->setObjectName(QStringLiteral("consensus_reason"));
    reason_->setAccessibleName(tr("Reason for the consensus score"));
    reason_->setPlaceholderText(tr("Write the reason first, then type the consensus score"));
    moderationState_ = new QLabel;
    moderationState_->setObjectName(QStringLiteral("moderation_state"));
    moderationState_->setWordWrap(true);
    originals_ = new QLabel;
    originals_->setObjectName(QStringLiteral("moderation_originals"));
    originals_->setWordWrap(true);
    originals_->setTextFormat(Qt::PlainText);
    connect(moderation_, &TenderGrid::scoreTyped, this, &EvaluationPanel::moderate);
    connect(moderation_, &QTableWidget::currentCellChanged, this, [this] { showOriginals(); });
    return column({explanation(tr("Once every evaluator has finished: each cell shows the mean "
                                  "of the evaluators' scores and flags a wide spread; type the "
                                  "consensus with its reason. The evaluators' own scores are "
                                  "never changed."),
                               nullptr),
                   moderationState_, labelled(tr("&Reason:"), reason_), moderation_, originals_},
                  moderation_);
}

QWidget* EvaluationPanel::resultsPart() {
    rankings_ = new QTableWidget;
    rankings_->setObjectName(QStringLiteral("evaluation_rankings"));
    rankings_->setAccessibleName(tr("Ranking under each price formula"));
    rankings_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rankings_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    findings_ = new QListWidget;
    findings_->setObjectName(QStringLiteral("evaluation_findings"));
    findings_->setAccessibleName(tr("Exclusions, warnings and assessment summaries"));
    findings_->setWordWrap(true);
    return column({explanation(tr("Points out of 100 and rank under the chosen price formula, "
                                  "with the others for comparison; then what the evaluation "
                                  "found and each bidder's assessment summary."),
                               nullptr),
                   split(Qt::Vertical, {rankings_, findings_})},
                  nullptr);
}

void EvaluationPanel::showOriginals() {
    originals_->clear();
    if (!evaluation_ || !evaluation_->moderationOpen) {
        return;
    }
    const auto bid = moderation_->bidAt(moderation_->currentRow());
    const auto criterion = moderation_->criterionAt(moderation_->currentColumn());
    for (const auto& question : evaluation_->questions) {
        if (question.bidId != bid || question.criterionId != criterion) {
            continue;
        }
        QStringList scores;
        for (const auto& score : question.scores) {
            QString who;
            for (const auto& member : evaluation_->panel) {
                who = member.id == score.evaluatorId ? qs(member.name) : who;
            }
            QString line = tr("%1 %2").arg(who).arg(score.score);
            if (!score.counted) {
                line += tr(" (left out: %1)").arg(qs(score.leftOut));
            }
            if (!score.note.empty()) {
                line += tr(": %1").arg(qs(score.note));
            }
            scores << line;
        }
        originals_->setText(
            tr("Evaluators' scores, kept as given: %1. Spread %2%3.")
                .arg(scores.join(QStringLiteral("; ")))
                .arg(question.spread)
                .arg(question.spreadFlagged ? tr(", flagged for discussion") : QString()));
    }
}

void EvaluationPanel::fillProcurements() {
    const auto current = procurementId();
    std::vector<std::pair<std::int64_t, std::string>> choices;
    document_.readSafely(
        [&] { choices = records::linkChoices(document_.database(), procurement::procurement()); });
    {
        const QSignalBlocker quiet(procurement_);
        procurement_->clear();
        for (const auto& [id, name] : choices) {
            procurement_->addItem(qs(name), QVariant::fromValue<qlonglong>(id));
        }
        const int found = procurement_->findData(QVariant::fromValue<qlonglong>(current));
        procurement_->setCurrentIndex(found >= 0 ? found : (choices.empty() ? -1 : 0));
    }
    chooseProcurement();
}

void EvaluationPanel::fillEvaluators() {
    const auto current = evaluator_->currentData().toLongLong();
    const QSignalBlocker quiet(evaluator_);
    evaluator_->clear();
    document_.readSafely([&] {
        for (const auto& record :
             records::listRecords(document_.database(), procurement::evaluator())) {
            if (record.number(procurement::evaluator(), "procurement_id") == procurementId()) {
                evaluator_->addItem(qs(records::nameOf(procurement::evaluator(), record)),
                                    QVariant::fromValue<qlonglong>(record.id));
            }
        }
    });
    const int found = evaluator_->findData(QVariant::fromValue<qlonglong>(current));
    evaluator_->setCurrentIndex(found >= 0 ? found : (evaluator_->count() > 0 ? 0 : -1));
}

void EvaluationPanel::chooseProcurement() {
    const auto id = procurementId();
    for (auto* view : filtered_) {
        view->model().setFilter("procurement_id",
                                id ? std::optional<std::int64_t>(id) : std::nullopt);
    }
    pricesShown_ = false;
    fillEvaluators();
    refresh();
}

void EvaluationPanel::refresh() {
    evaluation_.reset();
    const auto id = procurementId();
    QString problem = tr("Choose a procurement with bids to evaluate.");
    if (id != 0) {
        document_.readSafely([&] {
            auto loaded = procurement::loadEvaluation(document_.database(), id);
            if (loaded.ok()) {
                evaluation_ = std::move(loaded.value());
            } else {
                problem = qs(loaded.error().message);
            }
        });
    }
    if (!evaluation_) {
        // With no procurement chosen the prices table is empty; with one
        // whose evaluation cannot be read, nothing says the prices may be
        // seen, so they stay sealed.
        sealed_->setText(problem);
        prices_->setCurrentIndex(id == 0 ? 1 : 0);
        scoring_->clear();
        moderation_->clear();
        scoringState_->setText(problem);
        moderationState_->clear();
        originals_->clear();
        rankings_->clear();
        findings_->clear();
        return;
    }
    sealed_->setText(qs(evaluation_->sealedReason));
    prices_->setCurrentIndex(evaluation_->pricesSealed && !pricesShown_ ? 0 : 1);
    const auto evaluatorId = evaluator_->currentData().toLongLong();
    scoring_->show(*evaluation_, evaluatorId);
    moderation_->show(*evaluation_, 0);
    showOriginals();
    QString state = tr("Add the evaluators under Panel first.");
    for (const auto& member : evaluation_->panel) {
        if (member.id != evaluatorId) {
            continue;
        }
        if (member.removed) {
            state = tr("%1 was removed from the panel; their scores are kept and left out.")
                        .arg(qs(member.name));
        } else if (!member.declared) {
            state = tr("%1 must declare their interests (the date, under Panel) before seeing "
                       "any bid.")
                        .arg(qs(member.name));
        } else if (member.role == "price") {
            state = tr("%1 evaluates price only, which the formula scores.").arg(qs(member.name));
        } else if (member.finished) {
            state = tr("%1 has finished: their scores are kept as they are.").arg(qs(member.name));
        } else {
            const auto left = static_cast<int>(member.questionsLeft.size());
            state = left == 1 ? tr("%1 has 1 question left to score; mark them finished under "
                                   "Panel when done.")
                                    .arg(qs(member.name))
                              : tr("%1 has %2 questions left to score; mark them finished "
                                   "under Panel when done.")
                                    .arg(qs(member.name))
                                    .arg(left);
        }
    }
    scoringState_->setText(state);
    moderationState_->setText(evaluation_->moderationOpen
                                  ? (evaluation_->moderated
                                         ? tr("Moderation is complete: every question has its "
                                              "consensus.")
                                         : tr("Moderation is open."))
                                  : qs(evaluation_->moderationClosedReason));
    showResults();
}

void EvaluationPanel::showResults() {
    rankings_->clear();
    findings_->clear();
    QStringList columns;
    int rows = 0;
    for (const auto& lot : evaluation_->lots) {
        rows += static_cast<int>(lot.tender.bids.size());
    }
    const auto& first = evaluation_->lots.front().result.rankings;
    for (std::size_t i = 0; i < first.size(); ++i) {
        auto label = qs(std::string(procurement::priceFormulaLabel(first[i].formula)));
        label[0] = label[0].toUpper();
        columns << TenderGrid::wrapped(label, 18) + (i == 0 ? tr("\n(chosen)") : QString());
    }
    rankings_->setColumnCount(static_cast<int>(columns.size()));
    rankings_->setHorizontalHeaderLabels(columns);
    rankings_->setRowCount(rows);
    QStringList names;
    int row = 0;
    for (const auto& lot : evaluation_->lots) {
        for (std::size_t b = 0; b < lot.tender.bids.size(); ++b, ++row) {
            names << (lot.lotName.empty()
                          ? qs(lot.tender.bids[b].name)
                          : tr("%1: %2").arg(qs(lot.lotName), qs(lot.tender.bids[b].name)));
            for (std::size_t r = 0; r < lot.result.rankings.size(); ++r) {
                const auto& ranking = lot.result.rankings[r];
                QString text = ranking.available ? tr("not ranked") : tr("not available");
                for (const auto& ranked : ranking.ranked) {
                    if (ranked.bid == b) {
                        text = tr("%1 points, rank %2")
                                   .arg(qs(ranked.pointsText), qs(ranked.rankText));
                    }
                }
                for (const auto& excluded : lot.result.excluded) {
                    if (excluded.bid == b) {
                        text = tr("excluded");
                    }
                }
                auto* item = new QTableWidgetItem(text);
                item->setToolTip(qs(ranking.unavailableReason));
                rankings_->setItem(row, static_cast<int>(r), item);
            }
        }
        findings_->addItem(qs(lot.recommendation));
        for (const auto& problem : lot.result.problems) {
            findings_->addItem(tr("Not final: %1").arg(qs(problem)));
        }
        for (const auto& warning : lot.result.warnings) {
            findings_->addItem(tr("Warning: %1").arg(qs(warning)));
        }
        for (const auto& excluded : lot.result.excluded) {
            findings_->addItem(
                tr("Excluded: %1 %2")
                    .arg(qs(lot.tender.bids[excluded.bid].name), qs(excluded.reason)));
        }
    }
    rankings_->setVerticalHeaderLabels(names);
    for (const auto& summary : evaluation_->summaries) {
        QString text = tr("Assessment summary for %1: %2; the winner, %3, scored %4.")
                           .arg(qs(summary.bid), qs(summary.total), qs(summary.winner),
                                qs(summary.winnerTotal));
        for (const auto& line : summary.lines) {
            text += tr("\n%1 (%2): %3, the winner %4. %5")
                        .arg(qs(line.criterion), qs(line.weight), qs(line.score),
                             qs(line.winnerScore), qs(line.reason));
        }
        findings_->addItem(text);
    }
}

void EvaluationPanel::score(std::int64_t bidId, std::int64_t criterionId,
                            std::optional<std::int64_t> value, const QString& text) {
    const auto evaluatorId = evaluator_->currentData().toLongLong();
    if (!value && !text.isEmpty()) {
        emit document_.problem(
            tr("\u201c%1\u201d is not a score: type a whole number from 0 to %2, or clear the "
               "cell.")
                .arg(text)
                .arg(evaluation_ ? evaluation_->scaleMax : 0));
        refresh();
        return;
    }
    auto status = procurement::scoreBid(document_.project(), evaluatorId, bidId, criterionId, value,
                                        note_->text().toStdString());
    if (!status.ok()) {
        emit document_.problem(qs(status.error().message));
        refresh();
    }
}

void EvaluationPanel::saveNote() {
    if (!evaluation_ || !note_->isModified()) {
        return;
    }
    note_->setModified(false);
    const auto evaluatorId = evaluator_->currentData().toLongLong();
    const auto bid = scoring_->bidAt(scoring_->currentRow());
    const auto criterion = scoring_->criterionAt(scoring_->currentColumn());
    for (const auto& question : evaluation_->questions) {
        if (question.bidId != bid || question.criterionId != criterion) {
            continue;
        }
        for (const auto& each : question.scores) {
            if (each.evaluatorId == evaluatorId && each.note != note_->text().toStdString()) {
                auto status =
                    procurement::scoreBid(document_.project(), evaluatorId, bid, criterion,
                                          each.score, note_->text().toStdString());
                if (!status.ok()) {
                    emit document_.problem(qs(status.error().message));
                }
                return;
            }
        }
    }
    emit document_.problem(tr("Type the score first, then its note."));
}

void EvaluationPanel::moderate(std::int64_t bidId, std::int64_t criterionId,
                               std::optional<std::int64_t> value, const QString& text) {
    if (!value && !text.isEmpty()) {
        emit document_.problem(
            tr("\u201c%1\u201d is not a score: type a whole number from 0 to %2, or clear the "
               "cell.")
                .arg(text)
                .arg(evaluation_ ? evaluation_->scaleMax : 0));
        refresh();
        return;
    }
    auto status = procurement::moderateScore(document_.project(), bidId, criterionId, value,
                                             reason_->text().toStdString());
    if (!status.ok()) {
        emit document_.problem(qs(status.error().message));
        refresh();
        return;
    }
    reason_->clear();
}

} // namespace jointly::ui

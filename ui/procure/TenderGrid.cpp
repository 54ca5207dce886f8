#include "ui/procure/TenderGrid.h"

#include <QHeaderView>

namespace jointly::ui {

namespace {

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// The mean of the counted scores with two decimals: 7/3 is "2.33".
QString mean(const procurement::QuestionScores& question) {
    std::int64_t sum = 0;
    std::int64_t count = 0;
    for (const auto& score : question.scores) {
        if (score.counted) {
            sum += score.score;
            ++count;
        }
    }
    if (count == 0) {
        return {};
    }
    return QString::number(static_cast<double>(sum) / static_cast<double>(count), 'f', 2);
}

} // namespace

QString TenderGrid::wrapped(const QString& text, qsizetype width) {
    QString result;
    qsizetype line = 0;
    for (const auto& word : text.split(QLatin1Char(' '))) {
        if (line > 0 && line + 1 + word.size() > width) {
            result += QLatin1Char('\n');
            line = 0;
        } else if (line > 0) {
            result += QLatin1Char(' ');
            ++line;
        }
        result += word;
        line += word.size();
    }
    return result;
}

TenderGrid::TenderGrid(Mode mode, QWidget* parent) : QTableWidget(parent), mode_(mode) {
    setObjectName(mode == Mode::Scoring ? QStringLiteral("scoring_grid")
                                        : QStringLiteral("moderation_grid"));
    setAccessibleName(mode == Mode::Scoring ? tr("Scores of the chosen evaluator")
                                            : tr("Consensus scores"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setDefaultSectionSize(150);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (filling_) {
            return;
        }
        const QString text = item->text().trimmed();
        bool number = false;
        const auto value = text.toLongLong(&number);
        emit scoreTyped(
            bidAt(item->row()), criterionAt(item->column()),
            text.isEmpty() || !number ? std::nullopt : std::optional<std::int64_t>(value), text);
    });
}

std::int64_t TenderGrid::bidAt(int row) const {
    return row >= 0 && row < static_cast<int>(bids_.size()) ? bids_[static_cast<std::size_t>(row)]
                                                            : 0;
}

std::int64_t TenderGrid::criterionAt(int column) const {
    return column >= 0 && column < static_cast<int>(criteria_.size())
               ? criteria_[static_cast<std::size_t>(column)]
               : 0;
}

void TenderGrid::show(const procurement::Evaluation& evaluation, std::int64_t evaluatorId) {
    filling_ = true;
    const auto keep = currentIndex();
    bids_.clear();
    criteria_.clear();
    QStringList bidNames;
    QStringList questionNames;
    for (const auto& lot : evaluation.lots) {
        for (std::size_t b = 0; b < lot.bidIds.size(); ++b) {
            if (!lot.tender.bids[b].onTime) {
                continue;
            }
            bids_.push_back(lot.bidIds[b]);
            bidNames << qs(lot.tender.bids[b].name);
        }
        for (std::size_t c = 0; c < lot.criterionIds.size(); ++c) {
            const auto id = lot.criterionIds[c];
            bool scored = false;
            for (const auto& question : evaluation.questions) {
                scored = scored || question.criterionId == id;
            }
            if (!scored || std::find(criteria_.begin(), criteria_.end(), id) != criteria_.end()) {
                continue;
            }
            criteria_.push_back(id);
            const auto weight = procurement::effectiveWeight(lot.tender, c);
            questionNames << tr("%1\n%2%")
                                 .arg(wrapped(qs(lot.tender.criteria[c].name), 18))
                                 .arg(static_cast<double>(weight.numerator) /
                                          static_cast<double>(weight.denominator) / 100.0,
                                      0, 'f', 2);
        }
    }
    const procurement::PanelMember* member = nullptr;
    for (const auto& each : evaluation.panel) {
        member = each.id == evaluatorId ? &each : member;
    }
    clear();
    setRowCount(static_cast<int>(bids_.size()));
    setColumnCount(static_cast<int>(criteria_.size()));
    setVerticalHeaderLabels(bidNames);
    setHorizontalHeaderLabels(questionNames);
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            auto* item = new QTableWidgetItem;
            const procurement::QuestionScores* question = nullptr;
            for (const auto& each : evaluation.questions) {
                if (each.bidId == bidAt(row) && each.criterionId == criterionAt(column)) {
                    question = &each;
                }
            }
            bool editable = question != nullptr;
            if (mode_ == Mode::Scoring) {
                bool blocked = false;
                if (member) {
                    for (auto id : member->blockedBids) {
                        blocked = blocked || id == bidAt(row);
                    }
                }
                if (!member || member->finished || member->removed || !member->declared ||
                    member->role == "price") {
                    editable = false;
                }
                if (blocked) {
                    item->setText(tr("Interest: not scored"));
                    editable = false;
                } else if (question) {
                    for (const auto& score : question->scores) {
                        if (score.evaluatorId == evaluatorId) {
                            item->setText(QString::number(score.score));
                            item->setToolTip(qs(score.note));
                        }
                    }
                }
            } else if (question) {
                editable = evaluation.moderationOpen;
                if (question->consensus) {
                    item->setText(QString::number(*question->consensus));
                    item->setToolTip(qs(question->consensusReason));
                } else if (evaluation.moderationOpen) {
                    // Shown, not stored: the mean stands until a consensus is typed.
                    item->setData(Qt::ToolTipRole,
                                  tr("Mean %1, spread %2%3")
                                      .arg(mean(*question))
                                      .arg(question->spread)
                                      .arg(question->spreadFlagged ? tr(", flagged") : QString()));
                }
                if (evaluation.moderationOpen && !question->consensus) {
                    item->setText(tr("(mean %1%2)")
                                      .arg(mean(*question), question->spreadFlagged
                                                                ? tr(", spread flagged")
                                                                : QString()));
                }
            }
            if (!editable) {
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            }
            setItem(row, column, item);
        }
    }
    resizeColumnsToContents();
    if (keep.isValid() && keep.row() < rowCount() && keep.column() < columnCount()) {
        setCurrentCell(keep.row(), keep.column());
    }
    filling_ = false;
}

} // namespace jointly::ui

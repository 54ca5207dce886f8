#include "ui/plan/ScoringGridModel.h"

#include "ui/common/ProjectDocument.h"

#include <QFont>

namespace jointly::ui {

namespace {

QString text(const std::string& value) {
    return QString::fromStdString(value);
}

} // namespace

ScoringGridModel::ScoringGridModel(ProjectDocument& document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(&document_, &ProjectDocument::changed, this, &ScoringGridModel::onChanged);
}

void ScoringGridModel::setAppraisal(std::int64_t appraisalId) {
    appraisalId_ = appraisalId;
    reload();
}

void ScoringGridModel::reload() {
    document_.readSafely([&] {
        std::optional<planning::LoadedAppraisal> fresh;
        if (appraisalId_ != 0) {
            auto loaded = planning::loadAppraisal(document_.database(), appraisalId_);
            if (loaded.ok()) {
                fresh = std::move(loaded.value());
            }
        }
        // The same options and criteria: update the cells in place, so an editor
        // open in the grid (the score just typed) is not thrown away.
        const bool sameShape = fresh && loaded_ && fresh->optionIds == loaded_->optionIds &&
                               fresh->criterionIds == loaded_->criterionIds;
        auto rank = [this] {
            ranked_.clear();
            unrankedReasons_.clear();
            rankingProblem_.clear();
            if (!loaded_) {
                return;
            }
            const auto count = loaded_->appraisal.options.size();
            ranked_.resize(count);
            unrankedReasons_.resize(count);
            auto ranking = planning::rankOptions(loaded_->appraisal);
            if (!ranking.ok()) {
                rankingProblem_ = ranking.error().message;
                return;
            }
            for (const auto& ranked : ranking.value().ranked) {
                ranked_.at(ranked.option) = ranked;
            }
            for (const auto& unranked : ranking.value().unranked) {
                unrankedReasons_.at(unranked.option) = unranked.reason;
            }
        };
        if (sameShape) {
            loaded_ = std::move(fresh);
            rank();
            if (rowCount() > 0 && columnCount() > 0) {
                emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
                emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
                emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
            }
        } else {
            beginResetModel();
            loaded_ = std::move(fresh);
            rank();
            endResetModel();
        }
        emit appraisalChanged();
    });
}

void ScoringGridModel::onChanged(const QSet<QString>& tables) {
    if (appraisalId_ != 0 && ProjectDocument::touchesAny(tables, planning::kAppraisalReads)) {
        reload();
    }
}

int ScoringGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !loaded_ ? 0 : static_cast<int>(loaded_->appraisal.options.size());
}

int ScoringGridModel::criterionCount() const {
    return loaded_ ? static_cast<int>(loaded_->appraisal.criteria.size()) : 0;
}

int ScoringGridModel::columnCount(const QModelIndex& parent) const {
    // The weighted score and rank only once there is something to weigh.
    const int criteria = criterionCount();
    return parent.isValid() || criteria == 0 ? 0 : criteria + 2;
}

QVariant ScoringGridModel::data(const QModelIndex& index, int role) const {
    if (!loaded_ || !index.isValid()) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    if (index.column() >= criterionCount()) {
        return totalData(row, index.column(), role);
    }
    const auto column = static_cast<std::size_t>(index.column());
    const auto& score = loaded_->appraisal.scores.at(row).at(column);
    const auto& option = loaded_->appraisal.options.at(row);
    const auto& criterion = loaded_->appraisal.criteria.at(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return score ? QVariant(QString::number(*score)) : QVariant(QString());
    case Qt::AccessibleTextRole:
        return tr("%1 on %2: %3")
            .arg(text(option.name), text(criterion.name),
                 score ? QString::number(*score) : tr("not scored"));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("Score %1 on %2, from %3 to %4")
            .arg(text(option.name), text(criterion.name))
            .arg(loaded_->appraisal.scale.min)
            .arg(loaded_->appraisal.scale.max);
    default:
        return {};
    }
}

QVariant ScoringGridModel::totalData(std::size_t option, int column, int role) const {
    const auto& name = loaded_->appraisal.options.at(option).name;
    const auto& ranked = ranked_.at(option);
    const bool isTotal = column == weightedScoreColumn();
    switch (role) {
    case Qt::DisplayRole:
        if (!ranked) {
            return isTotal ? QString() : tr("Unranked");
        }
        return text(isTotal ? ranked->totalText : ranked->rankText);
    case Qt::AccessibleTextRole:
        if (!ranked) {
            return tr("%1: unranked").arg(text(name));
        }
        return isTotal ? tr("%1: weighted score %2").arg(text(name), text(ranked->totalText))
                       : tr("%1: ranked %2").arg(text(name), text(ranked->rankText));
    case Qt::ToolTipRole:
        if (!rankingProblem_.empty()) {
            return text(rankingProblem_);
        }
        if (!ranked) {
            return tr("%1 is not ranked: %2").arg(text(name), text(unrankedReasons_.at(option)));
        }
        return isTotal ? tr("%1: each score times its criterion's weight, added up (worked out, "
                            "not typed)")
                             .arg(text(name))
                       : tr("%1 is ranked %2 of the options scored (worked out, not typed)")
                             .arg(text(name), text(ranked->rankText));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case Qt::FontRole: {
        // Worked out, not typed: set apart in bold, not by colour alone.
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant ScoringGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!loaded_ || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const auto index = static_cast<std::size_t>(section);
    if (orientation == Qt::Horizontal) {
        if (section == weightedScoreColumn()) {
            return role == Qt::ToolTipRole
                       ? tr("Each option's scores times the criteria's weights, added up")
                       : tr("Weighted\nscore");
        }
        if (section == rankColumn()) {
            return role == Qt::ToolTipRole ? tr("Each option's rank, 1 for the highest weighted "
                                                "score; tied options share a rank")
                                           : tr("Rank");
        }
        if (index >= loaded_->appraisal.criteria.size()) {
            return {};
        }
        const auto& criterion = loaded_->appraisal.criteria[index];
        if (role == Qt::ToolTipRole) {
            return tr("%1, weighted %2%")
                .arg(text(criterion.name), text(planning::formatHundredths(criterion.weightBp)));
        }
        // The name over a few short lines, so a column is as narrow as its
        // scores allow and half a dozen criteria fit beside the options.
        QStringList lines;
        for (const auto& word : text(criterion.name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && lines.back().size() + 1 + word.size() <= 12) {
                lines.back() += QStringLiteral(" ") + word;
            } else {
                lines << word;
            }
        }
        return tr("%1\n%2%").arg(lines.join(QLatin1Char('\n')),
                                 text(planning::formatHundredths(criterion.weightBp)));
    }
    if (index >= loaded_->appraisal.options.size()) {
        return {};
    }
    const auto& option = loaded_->appraisal.options[index];
    return option.doNothing ? tr("%1 (baseline)").arg(text(option.name)) : text(option.name);
}

Qt::ItemFlags ScoringGridModel::flags(const QModelIndex& index) const {
    auto base = QAbstractTableModel::flags(index);
    if (!index.isValid() || document_.isReadOnly() || index.column() >= criterionCount()) {
        return base;
    }
    return base | Qt::ItemIsEditable;
}

bool ScoringGridModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!loaded_ || !index.isValid() || role != Qt::EditRole ||
        index.column() >= criterionCount()) {
        return false;
    }
    const auto optionId = loaded_->optionIds.at(static_cast<std::size_t>(index.row()));
    const auto criterionId = loaded_->criterionIds.at(static_cast<std::size_t>(index.column()));
    const auto typed = value.toString().trimmed();
    std::optional<std::int64_t> score;
    if (!typed.isEmpty()) {
        bool whole = false;
        const auto number = typed.toLongLong(&whole);
        if (!whole) {
            emit document_.problem(
                tr("A score must be a whole number from %1 to %2; \"%3\" is not one.")
                    .arg(loaded_->appraisal.scale.min)
                    .arg(loaded_->appraisal.scale.max)
                    .arg(typed));
            return false;
        }
        score = number;
    }
    // The edit's change notice reloads the grid and recalculates the ranking.
    return document_.check(planning::setScore(document_.project(), optionId, criterionId, score));
}

} // namespace jointly::ui

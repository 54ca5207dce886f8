#include "ui/needs/IndicatorValuesModel.h"

#include "needs/FileWordsCheck.h"
#include "needs/IndicatorPrecision.h"
#include "ui/common/ProjectDocument.h"
#include "ui/needs/SignificanceStyle.h"

#include <QBrush>
#include <QLocale>

namespace jointly::ui {

namespace {

// A figure to the indicator's decimal places, with thousands separated.
QString number(const std::optional<double>& value, int decimals) {
    return value ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(*value, 'f', decimals)
                 : QString();
}

// A count or denominator: whole numbers as such, others as they were written.
QString whole(const std::optional<double>& value) {
    if (!value) {
        return {};
    }
    return number(value, needs::decimalsCarried(*value));
}

} // namespace

IndicatorValuesModel::IndicatorValuesModel(ProjectDocument& document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, needs::kJudgedValueReads)) {
            reload();
        }
    });
}

void IndicatorValuesModel::showIndicator(std::int64_t indicatorId) {
    indicatorId_ = indicatorId;
    reload();
}

void IndicatorValuesModel::reload() {
    // Read first, then reset: a read that fails leaves the table as it was.
    std::vector<needs::JudgedValue> fresh;
    if (indicatorId_ != 0 && !document_.readSafely([&] {
            needs::forEachJudgedValue(
                document_.database(),
                [&fresh](const needs::JudgedValue& value) {
                    fresh.push_back(value);
                    return true;
                },
                indicatorId_);
        })) {
        return;
    }
    beginResetModel();
    values_ = std::move(fresh);
    endResetModel();
}

const needs::JudgedValue* IndicatorValuesModel::valueAt(int row) const {
    return row >= 0 && row < static_cast<int>(values_.size())
               ? &values_[static_cast<std::size_t>(row)]
               : nullptr;
}

bool IndicatorValuesModel::disagrees(const needs::JudgedValue& value) {
    return needs::fileWordsDisagree(value);
}

int IndicatorValuesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(values_.size());
}

int IndicatorValuesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorValuesModel::data(const QModelIndex& index, int role) const {
    const auto* value = valueAt(index.row());
    if (!value) {
        return {};
    }
    const auto q = [](const std::string& text) {
        return QString::fromStdString(text);
    };
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Area:
            return value->areaName.empty() ? q(value->areaCode)
                                           : q(value->areaName) + QStringLiteral(" (") +
                                                 q(value->areaCode) + QStringLiteral(")");
        case Sex:
            return q(value->sex);
        case Age:
            return q(value->age);
        case Category:
            return value->category.empty()
                       ? QString()
                       : q(value->categoryType) + QStringLiteral(": ") + q(value->category);
        case Period:
            return q(value->period);
        case Value:
            return number(value->value, value->decimals);
        case Interval:
            return value->lower95 || value->upper95
                       ? number(value->lower95, value->decimals) + QStringLiteral(" to ") +
                             number(value->upper95, value->decimals)
                       : QString();
        case Count:
            return whole(value->count);
        case Denominator:
            return whole(value->denominator);
        case Comparator:
            return number(value->comparatorValue, value->decimals);
        case Significance:
            return significanceSymbolic(value->significance);
        case Trend:
            return q(needs::trendWords(*value));
        case FileSays: {
            QString text = q(value->comparedEngland);
            if (!value->recentTrend.empty()) {
                text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + q(value->recentTrend);
            }
            if (disagrees(*value)) {
                text = QStringLiteral("\u26A0 ") + text + tr(" (differs from Jointly)");
            }
            return text;
        }
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole && index.column() == Significance &&
        value->significance != needs::Significance::NotCompared) {
        return QBrush(significanceColour(value->significance));
    }
    if (role == Qt::ForegroundRole && index.column() == Significance &&
        value->significance != needs::Significance::NotCompared) {
        return QBrush(Qt::black);
    }
    if (role == Qt::ToolTipRole && index.column() == Value && value->value) {
        // The figure exactly as imported, for an analyst checking it.
        return tr("%1 as imported").arg(whole(value->value));
    }
    if (role == Qt::ToolTipRole && index.column() == Trend && !value->trend.reason.empty()) {
        return q(value->trend.reason);
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Value || index.column() == Count || index.column() == Denominator ||
         index.column() == Comparator)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant IndicatorValuesModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Area:
        return tr("Area");
    case Sex:
        return tr("Sex");
    case Age:
        return tr("Age");
    case Category:
        return tr("Category");
    case Period:
        return tr("Period");
    case Value:
        return tr("Value");
    case Interval:
        return tr("95% interval");
    case Count:
        return tr("Count");
    case Denominator:
        return tr("Denominator");
    case Comparator:
        return tr("Comparator");
    case Significance:
        return tr("Compared");
    case Trend:
        return tr("Recent trend");
    case FileSays:
        return tr("The file says");
    default:
        return {};
    }
}

} // namespace jointly::ui

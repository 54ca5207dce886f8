#pragma once

#include "needs/IndicatorSeries.h"

#include <QAbstractTableModel>

#include <vector>

namespace jointly::ui {

class ProjectDocument;

// One indicator's values with Jointly's significance and trend beside the
// words the source file gave, flagging where they differ. Significance is
// shown in words and with a symbol as well as colour.
class IndicatorValuesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Area,
        Sex,
        Age,
        Category,
        Period,
        Value,
        Interval,
        Count,
        Denominator,
        Comparator,
        Significance,
        Trend,
        FileSays,
        ColumnCount
    };

    explicit IndicatorValuesModel(ProjectDocument& document, QObject* parent = nullptr);

    void showIndicator(std::int64_t indicatorId);
    const needs::JudgedValue* valueAt(int row) const;
    const std::vector<needs::JudgedValue>& values() const { return values_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Whether the file's own words disagree with Jointly's result for a value.
    static bool disagrees(const needs::JudgedValue& value);

private:
    void reload();

    ProjectDocument& document_;
    std::int64_t indicatorId_ = 0;
    std::vector<needs::JudgedValue> values_;
};

} // namespace jointly::ui

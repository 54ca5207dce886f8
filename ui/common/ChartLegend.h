#pragma once

#include <QColor>
#include <QLabel>
#include <QList>
#include <QString>

namespace jointly::ui {

// A chart's key, drawn as wrapped text under the chart instead of Qt Charts'
// own legend, which cuts names short ("Saltmere ...", "95% confide...") when
// the chart is narrow. Each entry is a symbol in the series' colour and its
// name in full; the names carry the meaning, so the key reads without colour.
class ChartLegend : public QLabel {
    Q_OBJECT
public:
    enum class Mark { Box, Line, DashedLine, Band };
    struct Entry {
        QString name;
        QColor colour;
        Mark mark = Mark::Box;
    };

    explicit ChartLegend(QWidget* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    // The names, in order, as plain text ("Westshire; England").
    QString plainText() const { return plainText_; }

private:
    QString plainText_;
};

} // namespace jointly::ui

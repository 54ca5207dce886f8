#include "ui/common/ChartLegend.h"

#include <QStringList>

namespace jointly::ui {

namespace {

QString symbol(ChartLegend::Mark mark) {
    switch (mark) {
    case ChartLegend::Mark::Box:
        return QStringLiteral("\u25A0"); // black square
    case ChartLegend::Mark::Line:
        return QStringLiteral("\u2501\u2501"); // heavy horizontal line
    case ChartLegend::Mark::DashedLine:
        return QStringLiteral("\u254D\u254D"); // heavy dashed line
    case ChartLegend::Mark::Band:
        return QStringLiteral("\u2592"); // shaded block
    }
    return {};
}

} // namespace

ChartLegend::ChartLegend(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("chart_legend"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::NoTextInteraction);
}

void ChartLegend::setEntries(const QList<Entry>& entries) {
    QStringList parts;
    QStringList names;
    for (const auto& entry : entries) {
        // A no-break space keeps each symbol with its name; the names are the
        // user's words, so they are escaped.
        parts << QStringLiteral("<span style=\"color:%1\">%2</span>\u00A0%3")
                     .arg(entry.colour.name(), symbol(entry.mark), entry.name.toHtmlEscaped());
        names << entry.name;
    }
    plainText_ = names.join(QStringLiteral("; "));
    setText(parts.join(QStringLiteral(" &nbsp; ")));
    setAccessibleName(tr("Key: %1").arg(plainText_));
}

} // namespace jointly::ui

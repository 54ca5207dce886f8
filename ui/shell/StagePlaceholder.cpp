#include "ui/shell/StagePlaceholder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace jointly::ui {

StagePlaceholder::StagePlaceholder(const QString& stage, const QString& whatItWillHold,
                                   QWidget* parent)
    : QWidget(parent) {
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(stage.toHtmlEscaped()), this);
    auto* body = new QLabel(
        tr("This stage is not built yet, so there is nothing to enter here. When it is, it will "
           "hold: %1")
            .arg(whatItWillHold),
        this);
    body->setWordWrap(true);
    body->setTextFormat(Qt::PlainText);
    setAccessibleName(tr("%1 stage, not built yet").arg(stage));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(body);
    layout->addStretch();
}

} // namespace jointly::ui

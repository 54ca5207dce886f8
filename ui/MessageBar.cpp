#include "ui/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace jointly::ui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), label_(new QLabel(this)) {
    setObjectName(QStringLiteral("message_bar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::Box);
    // Colours by palette rather than a style sheet, which is slow to apply.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(colours);
    setAutoFillBackground(true);
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::PlainText);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setText(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(label_, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString& message) {
    label_->setText(message);
    label_->setAccessibleName(message);
    show();
}

QString MessageBar::message() const {
    return isVisible() ? label_->text() : QString();
}

} // namespace jointly::ui

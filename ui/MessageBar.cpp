#include "ui/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace jointly::ui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent), label_(new QLabel(this)) {
    setObjectName(QStringLiteral("message_bar"));
    setAccessibleName(tr("Message"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#message_bar { background: #fff4ce; border: 1px solid #c8a600; }"
                                 "#message_bar QLabel { color: #1a1a1a; }"));
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

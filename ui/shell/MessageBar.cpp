#include "ui/shell/MessageBar.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QUrl>

namespace jointly::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), label_(new QLabel(this)), showFolder_(new QToolButton(this)),
      dismiss_(new QToolButton(this)) {
    setObjectName(QStringLiteral("message_bar"));
    setAccessibleName(tr("Message"));
    label_->setWordWrap(true);
    label_->setTextFormat(Qt::PlainText);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label_->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    showFolder_->setText(tr("Show folder"));
    showFolder_->setAccessibleName(tr("Show the folder the file was written to"));
    connect(showFolder_, &QToolButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder_)); });
    dismiss_->setText(tr("Dismiss"));
    dismiss_->setAccessibleName(tr("Dismiss message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(label_, 1);
    layout->addWidget(showFolder_);
    layout->addWidget(dismiss_);
    connect(dismiss_, &QToolButton::clicked, this, &MessageBar::clear);
    // Two lines of text, always: the strip never changes the height of what
    // is above it.
    setFixedHeight(2 * fontMetrics().lineSpacing() + 10);
    clear();
}

void MessageBar::showMessage(const QString& message, Kind kind) {
    kind_ = kind;
    // Colours by palette rather than a style sheet, which is slow to apply.
    // The words say which kind it is, not the colour alone.
    QPalette colours = palette();
    colours.setColor(QPalette::Window,
                     kind == Kind::Problem ? QColor(0xff, 0xf4, 0xce) : QColor(0xe6, 0xf0, 0xfa));
    colours.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(colours);
    setAutoFillBackground(true);
    setFrameShape(QFrame::Box);
    label_->setText(message);
    label_->setToolTip(message);
    label_->setAccessibleName(message);
    setAccessibleDescription(kind == Kind::Problem ? tr("Problem") : tr("Notice"));
    folder_.clear();
    showFolder_->hide();
    dismiss_->show();
}

void MessageBar::showWritten(const QString& message, const QString& filePath) {
    showMessage(message, Kind::Notice);
    folder_ = QFileInfo(filePath).absolutePath();
    showFolder_->show();
}

void MessageBar::clear() {
    label_->clear();
    label_->setToolTip(QString());
    label_->setAccessibleName(QString());
    setAutoFillBackground(false);
    setFrameShape(QFrame::NoFrame);
    folder_.clear();
    showFolder_->hide();
    dismiss_->hide();
}

QString MessageBar::message() const {
    return label_->text();
}

} // namespace jointly::ui

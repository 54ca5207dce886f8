#include "ui/shell/GuideWindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

const QString& guideHtml() {
    static const QString html = [] {
        QFile file(QStringLiteral(":/guide/guide.html"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return html;
}

} // namespace

GuideWindow::GuideWindow(QWidget* parent) : QDialog(parent), browser_(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("guide"));
    setWindowTitle(tr("Jointly guide"));
    setModal(false);
    browser_->setObjectName(QStringLiteral("guide_text"));
    browser_->setAccessibleName(tr("Guide"));
    browser_->setOpenLinks(true);
    browser_->setOpenExternalLinks(false);
    browser_->setHtml(guideHtml().isEmpty()
                          ? tr("<p>The guide is missing from this installation of Jointly. "
                               "Reinstall Jointly to have it back.</p>")
                          : guideHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addWidget(buttons);
    // Beside the window on a laptop screen, not over all of it.
    resize(620, 600);
}

void GuideWindow::showAt(const QString& anchor) {
    shown_ = hasAnchor(anchor) ? anchor : QStringLiteral("top");
    show();
    raise();
    activateWindow();
    browser_->scrollToAnchor(shown_);
    browser_->setFocus();
}

bool GuideWindow::hasAnchor(const QString& anchor) {
    return !anchor.isEmpty() && guideHtml().contains(QStringLiteral("name=\"%1\"").arg(anchor));
}

QString GuideWindow::anchorFor(const QString& stageKey, const QString& tabTitle) {
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    QString words = tabTitle.toLower();
    words.remove(QLatin1Char('&'));
    words.replace(notWord, QStringLiteral("-"));
    while (words.endsWith(QLatin1Char('-'))) {
        words.chop(1);
    }
    while (words.startsWith(QLatin1Char('-'))) {
        words.remove(0, 1);
    }
    return words.isEmpty() ? stageKey : stageKey + QLatin1Char('-') + words;
}

} // namespace jointly::ui

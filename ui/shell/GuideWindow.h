#pragma once

#include <QDialog>

class QTextBrowser;

namespace jointly::ui {

// Help > Guide (F1): a short guide to the cycle and to every page, shipped
// inside Jointly so it needs no network, opened at the page the user is on.
// It stays open beside the window while the user works.
class GuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit GuideWindow(QWidget* parent = nullptr);

    // Shows the guide at the section named `anchor` ("plan-budget"), or at
    // its start when it has no such section.
    void showAt(const QString& anchor);
    // Whether the guide has a section named `anchor`.
    static bool hasAnchor(const QString& anchor);
    // The section last shown.
    QString shownAnchor() const { return shown_; }
    QTextBrowser& browser() { return *browser_; }

    // The name of the section for a page and tab: the stage's key, and the
    // tab's title in lower case with its words joined by dashes
    // ("plan-options-appraisal").
    static QString anchorFor(const QString& stageKey, const QString& tabTitle);

private:
    QTextBrowser* browser_;
    QString shown_;
};

} // namespace jointly::ui

#pragma once

#include <QWidget>

class QTextBrowser;

namespace jointly::ui {

class ProjectDocument;

// The terms of reference generated from the partnership stage, kept up to
// date as the user edits, with buttons to export them as PDF, ODT or HTML.
class TermsOfReferenceView : public QWidget {
    Q_OBJECT
public:
    explicit TermsOfReferenceView(ProjectDocument& document, QWidget* parent = nullptr);

    QString html() const;
    void refresh();

private:
    void exportAs();

    ProjectDocument& document_;
    QTextBrowser* browser_;
    bool stale_ = true;

protected:
    void showEvent(QShowEvent* event) override;
};

} // namespace jointly::ui

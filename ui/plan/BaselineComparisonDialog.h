#pragma once

#include "baseline/PlanComparison.h"

#include <QDialog>
#include <QString>

class QTextBrowser;

namespace jointly::ui {

class ProjectDocument;

// The plan now against one baseline: the sentences, what was added, removed
// and changed, and the money by partner and year, as the comparison's own
// page; exported as a spreadsheet or a web page.
class BaselineComparisonDialog : public QDialog {
    Q_OBJECT

public:
    BaselineComparisonDialog(ProjectDocument& document, baseline::PlanComparison comparison,
                             QWidget* parent = nullptr);

    QTextBrowser& page() { return *page_; }
    // Writes the comparison to path (.csv or .html); false, with the reason
    // in the message bar, if it could not be written.
    bool exportTo(const QString& path);

private:
    void exportAs();

    ProjectDocument& document_;
    baseline::PlanComparison comparison_;
    QTextBrowser* page_;
};

} // namespace jointly::ui

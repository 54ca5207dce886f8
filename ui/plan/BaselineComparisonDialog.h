#pragma once

#include "baseline/PlanComparison.h"

#include <QDialog>
#include <QString>

#include <cstdint>

class QPushButton;
class QTextBrowser;

namespace jointly::ui {

class ProjectDocument;

// The plan now against one baseline: the sentences, what was added, removed
// and changed, and the money by partner and year, as the comparison's own
// page; exported as a spreadsheet or a web page. It follows every edit, undo
// and redo while it is open, and says so when the baseline is gone.
class BaselineComparisonDialog : public QDialog {
    Q_OBJECT

public:
    BaselineComparisonDialog(ProjectDocument& document, std::int64_t baselineId,
                             baseline::PlanComparison comparison, QWidget* parent = nullptr);

    QTextBrowser& page() { return *page_; }
    // Writes the comparison to path (.csv or .html); false, with the reason
    // in the message bar, if it could not be written.
    bool exportTo(const QString& path);

private:
    void exportAs();
    void showComparison(const baseline::PlanComparison& comparison);
    void compareAgain();

    ProjectDocument& document_;
    std::int64_t baselineId_;
    baseline::PlanComparison comparison_;
    QTextBrowser* page_;
    QPushButton* export_;
    bool gone_ = false;
};

} // namespace jointly::ui

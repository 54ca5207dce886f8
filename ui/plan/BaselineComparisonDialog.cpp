#include "ui/plan/BaselineComparisonDialog.h"

#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jointly::ui {

BaselineComparisonDialog::BaselineComparisonDialog(ProjectDocument& document,
                                                   baseline::PlanComparison comparison,
                                                   QWidget* parent)
    : QDialog(parent), document_(document), comparison_(std::move(comparison)),
      page_(new QTextBrowser(this)) {
    const auto name = QString::fromStdString(comparison_.baseline);
    setWindowTitle(tr("The plan now against the baseline “%1”").arg(name));
    setObjectName(QStringLiteral("baseline_comparison"));
    page_->setObjectName(QStringLiteral("comparison_page"));
    page_->setAccessibleName(tr("What has moved since the baseline “%1”").arg(name));
    page_->setOpenLinks(false);
    page_->setHtml(
        QString::fromStdString(baseline::comparisonHtml(comparison_, comparison_.partnership)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("export_comparison"));
    exportButton->setAccessibleName(tr("Export the comparison as a spreadsheet or web page"));
    connect(exportButton, &QPushButton::clicked, this, &BaselineComparisonDialog::exportAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(page_, 1);
    layout->addWidget(buttons);
    resize(900, 620);
}

void BaselineComparisonDialog::exportAs() {
    const auto path = FileFolders::askSpreadsheetOrWebPage(
        this, tr("Export the comparison"), document_.partnershipName(),
        tr("Plan against %1").arg(QString::fromStdString(comparison_.baseline)));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool BaselineComparisonDialog::exportTo(const QString& path) {
    const auto written =
        baseline::writeComparison(comparison_, comparison_.partnership, path.toStdString());
    if (!written.ok()) {
        emit document_.problem(QString::fromStdString(written.error().message));
        return false;
    }
    FileFolders::remember(path);
    emit document_.written(
        tr("The comparison with the baseline “%1” was written to %2.")
            .arg(QString::fromStdString(comparison_.baseline), QDir::toNativeSeparators(path)),
        path);
    return true;
}

} // namespace jointly::ui

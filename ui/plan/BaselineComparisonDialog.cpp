#include "ui/plan/BaselineComparisonDialog.h"

#include "baseline/Baselines.h"

#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <optional>

namespace jointly::ui {

BaselineComparisonDialog::BaselineComparisonDialog(ProjectDocument& document,
                                                   std::int64_t baselineId,
                                                   baseline::PlanComparison comparison,
                                                   QWidget* parent)
    : QDialog(parent), document_(document), baselineId_(baselineId),
      comparison_(std::move(comparison)), page_(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("baseline_comparison"));
    page_->setObjectName(QStringLiteral("comparison_page"));
    page_->setOpenLinks(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    export_ = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    export_->setObjectName(QStringLiteral("export_comparison"));
    export_->setAccessibleName(tr("Export the comparison as a spreadsheet or web page"));
    connect(export_, &QPushButton::clicked, this, &BaselineComparisonDialog::exportAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The plan edited, an edit undone or the baseline renamed: compared again.
    connect(&document_, &ProjectDocument::changed, this, [this] { compareAgain(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(page_, 1);
    layout->addWidget(buttons);
    resize(900, 620);
    showComparison(comparison_);
}

void BaselineComparisonDialog::showComparison(const baseline::PlanComparison& comparison) {
    const auto name = QString::fromStdString(comparison.baseline);
    setWindowTitle(tr("The plan now against the baseline “%1”").arg(name));
    page_->setAccessibleName(tr("What has moved since the baseline “%1”").arg(name));
    page_->setHtml(
        QString::fromStdString(baseline::comparisonHtml(comparison, comparison.partnership)));
}

void BaselineComparisonDialog::compareAgain() {
    if (gone_) {
        return;
    }
    std::optional<baseline::PlanComparison> again;
    bool read = document_.readSafely([&] {
        auto compared =
            baseline::compareWithPlanNow(document_.database(), std::to_string(baselineId_));
        if (compared.ok()) {
            again = std::move(compared.value());
        }
    });
    if (!read) {
        return; // the window has said why
    }
    if (!again) {
        // Undone, or deleted: nothing left to compare with.
        gone_ = true;
        export_->setEnabled(false);
        page_->setPlainText(
            tr("The baseline “%1” is no longer in the project (its freezing was undone or it "
               "was deleted), so there is nothing to compare with. Redo brings it back.")
                .arg(QString::fromStdString(comparison_.baseline)));
        return;
    }
    comparison_ = std::move(*again);
    showComparison(comparison_);
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

#include "ui/plan/BcfPanel.h"

#include "bcf/CodeLists.h"
#include "bcf/ExpenditurePlan.h"
#include "bcf/PlanExport.h"
#include "project/Project.h"
#include "quantities/Money.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/TableExportFlow.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString pounds(std::int64_t pence) {
    return QString::fromStdString(quantities::formatPounds(pence));
}

} // namespace

BcfPanel::BcfPanel(ProjectDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), year_(new QComboBox(this)), totals_(new QLabel(this)),
      checks_(new QListWidget(this)),
      export_(new QPushButton(tr("E&xport for the template..."), this)) {
    year_->setObjectName(QStringLiteral("bcf_year"));
    year_->setAccessibleName(tr("Planning year of the Better Care Fund plan"));
    auto* yearLabel = new QLabel(tr("Planning &year:"), this);
    yearLabel->setBuddy(year_);
    // The years Jointly has the template's code lists for, the one holding
    // today first if there is one.
    const auto today = quantities::financialYearContaining(
        QDate::currentDate().toString(Qt::ISODate).toStdString());
    for (const auto& list : bcf::codeLists()) {
        year_->addItem(QString::fromStdString(quantities::formatFinancialYear(list.year)),
                       list.year.startYear);
        if (today.ok() && list.year == today.value()) {
            year_->setCurrentIndex(year_->count() - 1);
        }
    }
    totals_->setObjectName(QStringLiteral("bcf_totals"));
    totals_->setWordWrap(true);
    totals_->setTextFormat(Qt::PlainText);
    checks_->setObjectName(QStringLiteral("bcf_checks"));
    checks_->setAccessibleName(tr("The planning template's checks of the year's plan"));
    checks_->setWordWrap(true);
    checks_->setSelectionMode(QAbstractItemView::NoSelection);
    export_->setObjectName(QStringLiteral("bcf_export"));
    export_->setToolTip(tr("The year's income, spending and checks in the planning template's "
                           "columns, as an Excel workbook or CSV"));
    auto* checksLabel = new QLabel(tr("The template's c&hecks:"), this);
    checksLabel->setBuddy(checks_);

    auto* row = new QHBoxLayout;
    row->addWidget(yearLabel);
    row->addWidget(year_);
    row->addStretch(1);
    row->addWidget(export_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(totals_);
    layout->addWidget(checksLabel);
    layout->addWidget(checks_, 1);

    connect(year_, &QComboBox::currentIndexChanged, this, &BcfPanel::recalculate);
    connect(export_, &QPushButton::clicked, this, &BcfPanel::exportPlan);
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        if (ProjectDocument::touchesAny(tables, bcf::kPlanReads)) {
            recalculate();
        }
    });
    recalculate();
}

void BcfPanel::recalculate() {
    checks_->clear();
    const quantities::FinancialYear year{year_->currentData().toInt()};
    document_.readSafely([&] {
        const auto plan = bcf::loadExpenditurePlan(document_.database(), year);
        if (!plan.ok()) {
            totals_->setText(QString::fromStdString(plan.error().message));
            return;
        }
        const auto& p = plan.value();
        std::size_t met = 0;
        for (const auto& check : p.checks) {
            met += check.met ? 1 : 0;
            auto* item =
                new QListWidgetItem((check.met ? tr("\u2714 Met: ") : tr("\u2716 Not met: ")) +
                                        QString::fromStdString(check.sentence),
                                    checks_);
            item->setToolTip(item->text());
        }
        totals_->setText(tr("Income %1, planned spending %2 (%3 lines of income, %4 of "
                            "spending). %5 of %6 checks met.")
                             .arg(pounds(p.incomePence), pounds(p.spendingPence))
                             .arg(p.income.size())
                             .arg(p.spending.size())
                             .arg(met)
                             .arg(p.checks.size()));
    });
}

void BcfPanel::exportPlan() {
    const auto path = askWhereToSaveSheet(
        this, tr("Export the Better Care Fund plan"),
        FileFolders::suggestedPath(document_.partnershipName(),
                                   tr("Better Care Fund %1")
                                       .arg(year_->currentText())
                                       .replace(QLatin1Char('/'), QLatin1Char('-')),
                                   QStringLiteral("xlsx")));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool BcfPanel::exportTo(const QString& path) {
    const quantities::FinancialYear year{year_->currentData().toInt()};
    Outcome<bcf::ExpenditurePlan> written = Error{ErrorKind::Storage, "The plan was not written."};
    const auto out = path.toStdString();
    // Off the window's thread, with a connection of its own, as the table
    // export.
    runWithProgress(tr("Exporting"), tr("Writing %1...").arg(QDir::toNativeSeparators(path)), this,
                    [&](const std::function<bool(int)>&) {
                        auto opened = document_.openReader();
                        if (!opened.ok()) {
                            written = opened.error();
                            return;
                        }
                        auto& project = *opened.value();
                        written = project.guarded<Outcome<bcf::ExpenditurePlan>>([&] {
                            return bcf::exportExpenditurePlan(project.database(), year, out);
                        });
                    });
    if (!written.ok()) {
        emit document_.problem(QString::fromStdString(written.error().message));
        return false;
    }
    FileFolders::remember(path);
    emit document_.written(
        written.value().allMet()
            ? tr("The %1 plan was written to %2; every check is met.")
                  .arg(year_->currentText(), QDir::toNativeSeparators(path))
            : tr("The %1 plan was written to %2; not every check is met (see the list).")
                  .arg(year_->currentText(), QDir::toNativeSeparators(path)),
        path);
    return true;
}

} // namespace jointly::ui

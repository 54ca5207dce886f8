#include "ui/shell/ReportDialog.h"

#include "procurement/ProcurementKinds.h"
#include "records/RecordStore.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/documents/DocumentDate.h"
#include "ui/documents/DocumentExporter.h"
#include "ui/shell/ReportFlow.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QVBoxLayout>

namespace jointly::ui {

ReportDialog::ReportDialog(ProjectDocument& document, QWidget* parent)
    : QDialog(parent), document_(document) {
    setWindowTitle(tr("Write a report"));
    auto* layout = new QVBoxLayout(this);

    auto* which = new QLabel(tr("&Report:"), this);
    report_ = new QComboBox(this);
    report_->addItem(tr("Commissioning plan"), QStringLiteral("plan"));
    report_->addItem(tr("Tender evaluation"), QStringLiteral("evaluation"));
    report_->addItem(tr("Monitoring report"), QStringLiteral("monitoring"));
    report_->setAccessibleName(tr("Report"));
    which->setBuddy(report_);
    layout->addWidget(which);
    layout->addWidget(report_);
    about_ = new QLabel(this);
    about_->setWordWrap(true);
    layout->addWidget(about_);

    sectionsLabel_ = new QLabel(tr("&Sections of the plan:"), this);
    sections_ = new QListWidget(this);
    sections_->setAccessibleName(tr("Sections of the plan"));
    for (const auto section : report::allPlanSections()) {
        auto* item = new QListWidgetItem(QString::fromStdString(report::planSectionTitle(section)),
                                         sections_);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setData(Qt::UserRole, static_cast<int>(section));
    }
    sectionsLabel_->setBuddy(sections_);
    layout->addWidget(sectionsLabel_);
    layout->addWidget(sections_);

    procurementLabel_ = new QLabel(tr("&Procurement:"), this);
    procurement_ = new QComboBox(this);
    procurement_->setAccessibleName(tr("Procurement"));
    document_.readSafely([&] {
        for (const auto& [id, name] :
             records::linkChoices(document_.database(), procurement::procurement())) {
            procurement_->addItem(QString::fromStdString(name), QVariant::fromValue(id));
        }
    });
    procurementLabel_->setBuddy(procurement_);
    layout->addWidget(procurementLabel_);
    layout->addWidget(procurement_);

    layout->addStretch();
    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("&Save as..."), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    auto* preview = buttons->addButton(tr("Print pre&view..."), QDialogButtonBox::ActionRole);
    auto* print = buttons->addButton(tr("P&rint..."), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        if (saveAs()) {
            accept();
        }
    });
    connect(preview, &QPushButton::clicked, this, [this] {
        if (ready()) {
            previewReport(document_, request(), this);
        }
    });
    connect(print, &QPushButton::clicked, this, [this] {
        if (ready()) {
            printReportFromWindow(document_, request(), this);
        }
    });
    connect(report_, &QComboBox::currentIndexChanged, this, &ReportDialog::showChoices);
    showChoices();
}

void ReportDialog::showChoices() {
    // Shown and hidden choices change the room the dialog needs.
    const auto fit = qScopeGuard([this] { adjustSize(); });
    const auto kind = report_->currentData().toString();
    const bool plan = kind == QLatin1String("plan");
    const bool evaluation = kind == QLatin1String("evaluation");
    sectionsLabel_->setVisible(plan);
    sections_->setVisible(plan);
    procurementLabel_->setVisible(evaluation);
    procurement_->setVisible(evaluation);
    about_->setText(
        plan ? tr("With a title page and contents, charts and the risks' heat map. Tick the "
                  "sections to write.")
        : evaluation
            ? tr("Criteria and weights, the evaluators and their interests, every score with "
                 "its reason, price scoring and the recommendation. Saving it also writes each "
                 "bidder's assessment summary beside it.")
            : tr("The dashboard, each KPI's SPC chart with its icons and annotations, savings "
                 "realised, the outcome review and contract performance."));
    if (evaluation && procurement_->count() == 0) {
        procurementLabel_->setText(tr("There are no procurements yet, so there is no "
                                      "evaluation to report."));
    }
}

report::ReportRequest ReportDialog::request() const {
    report::ReportRequest request;
    request.kind = report::reportKindOf(report_->currentData().toString().toStdString())
                       .value_or(report::ReportKind::Plan);
    request.sections.clear();
    for (int row = 0; row < sections_->count(); ++row) {
        const auto* item = sections_->item(row);
        if (item->checkState() == Qt::Checked) {
            request.sections.push_back(
                static_cast<report::PlanSection>(item->data(Qt::UserRole).toInt()));
        }
    }
    request.procurementId = procurement_->currentData().toLongLong();
    request.generatedOn = todayForDocuments().toStdString();
    request.today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    return request;
}

bool ReportDialog::ready() {
    const auto asked = request();
    if (asked.kind == report::ReportKind::Plan && asked.sections.empty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Tick at least one section of the plan to write."));
        sections_->setFocus();
        return false;
    }
    if (asked.kind == report::ReportKind::Evaluation && asked.procurementId == 0) {
        QMessageBox::information(this, windowTitle(),
                                 tr("There are no procurements yet, so there is no evaluation "
                                    "to report. Add one on the Procure page first."));
        return false;
    }
    return true;
}

bool ReportDialog::saveAs() {
    if (!ready()) {
        return false;
    }
    QString chosen;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report as"),
        FileFolders::suggestedPath(document_.partnershipName(), report_->currentText(),
                                   QStringLiteral("pdf")),
        exportFileFilter(), &chosen);
    if (path.isEmpty()) {
        return false;
    }
    const auto suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt") &&
        suffix != QLatin1String("html") && suffix != QLatin1String("htm")) {
        path += chosen.contains(QStringLiteral("*.odt"))    ? QStringLiteral(".odt")
                : chosen.contains(QStringLiteral("*.html")) ? QStringLiteral(".html")
                                                            : QStringLiteral(".pdf");
    }
    return saveReportTo(document_, request(), path, this);
}

} // namespace jointly::ui

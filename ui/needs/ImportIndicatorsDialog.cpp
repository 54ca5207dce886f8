#include "ui/needs/ImportIndicatorsDialog.h"

#include "quantities/CalendarDate.h"
#include "ui/common/FileFolders.h"
#include "ui/needs/ColumnMappingDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jointly::ui {

ImportIndicatorsDialog::ImportIndicatorsDialog(ProjectDocument& document, QWidget* parent)
    : QDialog(parent), document_(document), file_(new QLineEdit(this)),
      format_(new QComboBox(this)), mapping_(new QPlainTextEdit(this)),
      skipBadRows_(new QCheckBox(this)), dataAsAt_(new QLineEdit(this)), lastTry_(new QLabel(this)),
      form_(new QFormLayout) {
    setWindowTitle(tr("Import indicators"));
    file_->setObjectName(QStringLiteral("import_file"));
    file_->setAccessibleName(tr("CSV file or Excel workbook to import"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(file_, 1);
    fileRow->addWidget(browse);
    format_->addItem(tr("A Fingertips export"));
    format_->addItem(tr("Another CSV or workbook, with the column mapping below"));
    format_->setAccessibleName(tr("Kind of file"));
    mapping_->setAccessibleName(tr("Column mapping"));
    mapping_->setPlaceholderText(
        tr("One line per field: field=column heading, e.g.\nindicator_code=Code\n"
           "indicator_name=Indicator\narea_code=Area\nperiod=Year\nvalue=Rate"));
    mapping_->setEnabled(false);
    mapping_->setMaximumHeight(120);
    skipBadRows_->setText(tr("Skip rows that cannot be read, and list them"));
    dataAsAt_->setPlaceholderText(tr("YYYY-MM-DD"));
    dataAsAt_->setAccessibleName(tr("Data as at"));

    auto* mapButton = new QPushButton(tr("Map &columns..."), this);
    mapButton->setAccessibleName(tr("Map the file's columns, with a preview"));
    auto* mappingRow = new QHBoxLayout;
    mappingRow->addWidget(mapping_, 1);
    mappingRow->addWidget(mapButton, 0, Qt::AlignTop);
    connect(mapButton, &QPushButton::clicked, this, &ImportIndicatorsDialog::mapColumns);
    // Each caption is the buddy of its field, so its Alt+letter goes there.
    auto caption = [this](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        return label;
    };
    form_->addRow(caption(tr("&File:"), file_), fileRow);
    form_->addRow(caption(tr("&Kind:"), format_), format_);
    form_->addRow(caption(tr("&Mapping:"), mapping_), mappingRow);
    form_->addRow(caption(tr("&Data as at:"), dataAsAt_), dataAsAt_);
    form_->addRow(QString(), skipBadRows_);
    // The mapping is for "another CSV" only: a Fingertips export is read by
    // its own column names.
    form_->setRowVisible(2, false);
    lastTry_->setObjectName(QStringLiteral("import_last_try"));
    lastTry_->setWordWrap(true);
    lastTry_->setTextFormat(Qt::PlainText);
    lastTry_->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Every import can be undone as one step. A row that cannot be "
                                    "read stops the import unless you choose to skip bad rows."),
                                 this));
    layout->addWidget(lastTry_);
    layout->addLayout(form_);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    connect(browse, &QPushButton::clicked, this, &ImportIndicatorsDialog::browse);
    connect(format_, &QComboBox::currentIndexChanged, this, [this](int index) {
        mapping_->setEnabled(index == 1);
        form_->setRowVisible(2, index == 1);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportIndicatorsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportIndicatorsDialog::Choices ImportIndicatorsDialog::choices() const {
    return Choices{csvPath(), format_->currentIndex(), mapping_->toPlainText(),
                   skipBadRows_->isChecked(), dataAsAt_->text().trimmed()};
}

void ImportIndicatorsDialog::tryAgain(const Choices& choices, const QString& whyItStopped) {
    file_->setText(choices.path);
    format_->setCurrentIndex(choices.kind);
    mapping_->setPlainText(choices.mapping);
    skipBadRows_->setChecked(choices.skipBadRows);
    dataAsAt_->setText(choices.dataAsAt);
    lastTry_->setText(tr("The last import stopped: %1").arg(whyItStopped));
    lastTry_->show();
}

QString ImportIndicatorsDialog::csvPath() const {
    return file_->text().trimmed();
}

needs::ImportOptions ImportIndicatorsDialog::options() const {
    needs::ImportOptions options;
    options.skipBadRows = skipBadRows_->isChecked();
    if (!dataAsAt_->text().trimmed().isEmpty()) {
        options.dataAsAt = dataAsAt_->text().trimmed().toStdString();
    }
    if (format_->currentIndex() == 1) {
        auto mapping = needs::Mapping::parse(mapping_->toPlainText().toStdString());
        if (mapping.ok()) {
            options.mapping = mapping.value();
        }
    }
    return options;
}

void ImportIndicatorsDialog::accept() {
    QString problem;
    if (!QFileInfo::exists(csvPath())) {
        problem = tr("Choose the CSV file or Excel workbook to import.");
    } else if (!dataAsAt_->text().trimmed().isEmpty() &&
               !quantities::isIsoDate(dataAsAt_->text().trimmed().toStdString())) {
        problem = tr("\"Data as at\" must be a date such as 2026-04-01.");
    } else if (format_->currentIndex() == 1) {
        auto mapping = needs::Mapping::parse(mapping_->toPlainText().toStdString());
        if (!mapping.ok()) {
            problem = QString::fromStdString(mapping.error().message);
        }
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Import indicators"), problem);
        return;
    }
    QDialog::accept();
}

void ImportIndicatorsDialog::mapColumns() {
    if (!QFileInfo::exists(csvPath())) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Choose the CSV file or Excel workbook to import first."));
        return;
    }
    ColumnMappingDialog dialog(document_, csvPath(), this);
    if (!dialog.readable()) {
        QMessageBox::warning(this, windowTitle(), dialog.problem());
        return;
    }
    auto current = needs::Mapping::parse(mapping_->toPlainText().toStdString());
    if (current.ok() && !mapping_->toPlainText().trimmed().isEmpty()) {
        dialog.setMapping(current.value());
    }
    if (dialog.exec() == QDialog::Accepted) {
        format_->setCurrentIndex(1);
        mapping_->setPlainText(QString::fromStdString(dialog.mapping().serialise()));
    }
}

void ImportIndicatorsDialog::browse() {
    QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV file or an Excel workbook"),
        csvPath().isEmpty() ? FileFolders::startFolder() : csvPath(),
        tr("CSV files or Excel workbooks (*.csv *.xlsx);;All files (*)"));
    if (!chosen.isEmpty()) {
        FileFolders::remember(chosen);
        file_->setText(chosen);
    }
}

} // namespace jointly::ui

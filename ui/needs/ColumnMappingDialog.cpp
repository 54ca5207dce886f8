#include "ui/needs/ColumnMappingDialog.h"

#include "csv/CsvReader.h"
#include "needs/NeedsKinds.h"
#include "records/RecordStore.h"
#include "sheets/WorkbookAsCsv.h"
#include "ui/common/ProjectDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <fstream>
#include <memory>
#include <sstream>

namespace jointly::ui {

namespace {
constexpr int kPreviewRows = 8;

QString text(std::string_view view) {
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}
} // namespace

ColumnMappingDialog::ColumnMappingDialog(ProjectDocument& document, const QString& csvPath,
                                         QWidget* parent)
    : QDialog(parent), document_(document), preview_(new QTableWidget(this)),
      saved_(new QComboBox(this)) {
    setWindowTitle(tr("Map the columns of %1").arg(QFileInfo(csvPath).fileName()));
    readPreview(csvPath);
    preview_->setObjectName(QStringLiteral("mapping_preview"));
    preview_->setAccessibleName(tr("Preview of the file's first rows"));
    preview_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview_->verticalHeader()->hide();
    preview_->setMaximumHeight(200);

    saved_->setAccessibleName(tr("Saved mappings"));
    saved_->addItem(tr("(choose a saved mapping)"));
    std::vector<records::Record> mappings;
    document_.readSafely(
        [&] { mappings = records::listRecords(document_.database(), needs::csvMapping()); });
    for (const auto& record : mappings) {
        saved_->addItem(QString::fromStdString(record.text(needs::csvMapping(), "name")),
                        QString::fromStdString(record.text(needs::csvMapping(), "mapping")));
    }
    auto* save = new QPushButton(tr("&Save this mapping..."), this);
    save->setEnabled(!document_.isReadOnly());
    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(new QLabel(tr("Saved mappings:"), this));
    savedRow->addWidget(saved_, 1);
    savedRow->addWidget(save);

    auto* fields = new QWidget;
    auto* form = new QFormLayout(fields);
    for (std::size_t i = 0; i < needs::kIndicatorFieldCount; ++i) {
        const auto field = static_cast<needs::IndicatorField>(i);
        auto* box = new QComboBox(fields);
        box->addItem(tr("(not in this file)"), QString());
        for (const auto& column : header_) {
            box->addItem(QString::fromStdString(column), QString::fromStdString(column));
        }
        QString label = text(needs::fieldLabel(field));
        if (needs::fieldRequired(field)) {
            label += tr(" (needed)");
        }
        box->setAccessibleName(label);
        box->setObjectName(text(needs::fieldKey(field)));
        form->addRow(label + QStringLiteral(":"), box);
        boxes_[i] = box;
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The file's first rows:"), this));
    layout->addWidget(preview_);
    layout->addLayout(savedRow);
    layout->addWidget(new QLabel(tr("Which column holds each piece of information:"), this));
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(760, 640);

    connect(save, &QPushButton::clicked, this, &ColumnMappingDialog::saveMapping);
    connect(saved_, &QComboBox::activated, this, &ColumnMappingDialog::loadSaved);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    guess();
}

void ColumnMappingDialog::readPreview(const QString& csvPath) {
    // A CSV file, or a workbook's first sheet read as its CSV would be.
    std::unique_ptr<std::istream> input;
    if (sheets::isWorkbook(csvPath.toStdString())) {
        auto sheet = sheets::firstSheetAsCsv(csvPath.toStdString());
        if (!sheet.ok()) {
            problem_ = QString::fromStdString(sheet.error().message);
            return;
        }
        input = std::make_unique<std::istringstream>(std::move(sheet.value()));
    } else {
        input = std::make_unique<std::ifstream>(csvPath.toStdString(), std::ios::binary);
    }
    if (!*input) {
        problem_ = tr("Jointly cannot read %1.").arg(QFileInfo(csvPath).fileName());
        return;
    }
    csv::CsvReader reader(*input);
    csv::CsvRecord record;
    if (!reader.next(record)) {
        problem_ = tr("%1 is empty or cannot be read as CSV.").arg(QFileInfo(csvPath).fileName());
        return;
    }
    header_ = record.fields;
    preview_->setColumnCount(static_cast<int>(header_.size()));
    QStringList labels;
    for (const auto& column : header_) {
        labels << QString::fromStdString(column);
    }
    preview_->setHorizontalHeaderLabels(labels);
    int row = 0;
    while (row < kPreviewRows && reader.next(record)) {
        preview_->insertRow(row);
        for (std::size_t column = 0; column < record.fields.size() && column < header_.size();
             ++column) {
            preview_->setItem(row, static_cast<int>(column),
                              new QTableWidgetItem(QString::fromStdString(record.fields[column])));
        }
        ++row;
    }
}

void ColumnMappingDialog::guess() {
    // Start from the column whose heading names the field, if there is one.
    for (std::size_t i = 0; i < needs::kIndicatorFieldCount; ++i) {
        const auto field = static_cast<needs::IndicatorField>(i);
        for (const auto& name : {text(needs::fieldLabel(field)), text(needs::fieldKey(field))}) {
            for (int item = 1; item < boxes_[i]->count(); ++item) {
                if (boxes_[i]->itemText(item).compare(name, Qt::CaseInsensitive) == 0) {
                    boxes_[i]->setCurrentIndex(item);
                }
            }
        }
    }
}

QComboBox* ColumnMappingDialog::boxFor(needs::IndicatorField field) const {
    return boxes_[static_cast<std::size_t>(field)];
}

needs::Mapping ColumnMappingDialog::mapping() const {
    needs::Mapping result;
    for (std::size_t i = 0; i < needs::kIndicatorFieldCount; ++i) {
        result.columnFor[i] = boxes_[i]->currentData().toString().toStdString();
    }
    return result;
}

void ColumnMappingDialog::setMapping(const needs::Mapping& mapping) {
    for (std::size_t i = 0; i < needs::kIndicatorFieldCount; ++i) {
        const int found = boxes_[i]->findData(QString::fromStdString(mapping.columnFor[i]));
        boxes_[i]->setCurrentIndex(found < 0 ? 0 : found);
    }
}

void ColumnMappingDialog::loadSaved(int index) {
    if (index <= 0) {
        return;
    }
    auto parsed = needs::Mapping::parse(saved_->itemData(index).toString().toStdString());
    if (parsed.ok()) {
        setMapping(parsed.value());
    }
}

void ColumnMappingDialog::saveMapping() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save mapping"), tr("Name for this mapping:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    const auto serialised = mapping().serialise();
    auto added = records::addRecord(document_.project(), needs::csvMapping(),
                                    {{"name", records::FieldValue{name.toStdString()}},
                                     {"mapping", records::FieldValue{serialised}}});
    if (!added.ok()) {
        QMessageBox::warning(this, tr("Save mapping"),
                             QString::fromStdString(added.error().message));
        return;
    }
    saved_->addItem(name, QString::fromStdString(serialised));
    saved_->setCurrentIndex(saved_->count() - 1);
}

void ColumnMappingDialog::accept() {
    for (std::size_t i = 0; i < needs::kIndicatorFieldCount; ++i) {
        const auto field = static_cast<needs::IndicatorField>(i);
        if (needs::fieldRequired(field) && boxes_[i]->currentIndex() == 0) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Choose the column that holds %1; every row needs it.")
                                     .arg(text(needs::fieldLabel(field))));
            boxes_[i]->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace jointly::ui

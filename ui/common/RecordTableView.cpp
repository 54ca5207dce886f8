#include "ui/common/RecordTableView.h"

#include "records/DeletionImpact.h"
#include "records/RecordStore.h"
#include "stages/Stage.h"
#include "transfer/RecordTransfer.h"
#include "ui/common/HistoryDialog.h"
#include "ui/common/PlaceFinder.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordClipboard.h"
#include "ui/common/RecordDelegate.h"
#include "ui/common/RecordTableModel.h"
#include "ui/common/TableExportFlow.h"
#include "ui/common/TraceDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>
#include <variant>

namespace jointly::ui {

namespace {

// A column of figures, which must never be cut short.
bool isFigure(records::FieldType type) {
    using records::FieldType;
    return type == FieldType::Money || type == FieldType::Count || type == FieldType::Share ||
           type == FieldType::Decimal || type == FieldType::Year || type == FieldType::Date;
}

QString text(std::string_view view) {
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}
QString capitalised(QString value) {
    if (!value.isEmpty()) {
        value[0] = value[0].toUpper();
    }
    return value;
}
} // namespace

RecordTableView::RecordTableView(ProjectDocument& document, const records::RecordKind& kind,
                                 const QString& title, QWidget* parent)
    : QWidget(parent), document_(document), kind_(kind),
      model_(new RecordTableModel(document, kind, this)), table_(new QTableView(this)),
      add_(new QPushButton(tr("&Add %1").arg(text(kind.singular)), this)),
      delete_(new QPushButton(tr("Delete"), this)), history_(new QAction(this)),
      trace_(new QAction(this)) {
    setObjectName(text(kind.table) + QStringLiteral("_view"));
    PlaceFinder::mark(*this, kind.singular);
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    heading->setBuddy(table_);
    // A long heading wraps rather than holding the table (and the window)
    // wider than a narrow screen.
    heading->setWordWrap(true);

    table_->setModel(model_);
    table_->setItemDelegate(new RecordDelegate(kind, table_));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    table_->setTabKeyNavigation(false);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    // The last column takes the width left over, unless it holds figures: a
    // stretched column is squeezed below its content on a narrow screen.
    table_->horizontalHeader()->setStretchLastSection(kind.fields.empty() ||
                                                      !isFigure(kind.fields.back().type));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->setAccessibleName(title);
    table_->setAccessibleDescription(
        tr("Table of %1. Press F2 or start typing to change a cell, Insert to add, Delete to "
           "remove.")
            .arg(text(kind.plural)));
    table_->setObjectName(text(kind.table) + QStringLiteral("_table"));
    table_->installEventFilter(this);
    fitColumns();

    add_->setObjectName(QStringLiteral("add_") + text(kind.table));
    add_->setAccessibleName(capitalised(tr("Add %1").arg(text(kind.singular))));
    delete_->setObjectName(QStringLiteral("delete_") + text(kind.table));
    delete_->setAccessibleName(capitalised(tr("Delete selected %1").arg(text(kind.singular))));
    delete_->setToolTip(tr("Delete the selected %1 (Delete key)").arg(text(kind.singular)));

    // The record's change history: from the table's right-click menu, and
    // Ctrl+Shift+H in it (the Edit menu's Change history lists every edit).
    history_->setObjectName(QStringLiteral("history_") + text(kind.table));
    history_->setText(tr("History of this %1…").arg(text(kind.singular)));
    history_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    history_->setShortcutContext(Qt::WidgetShortcut);
    history_->setToolTip(
        tr("Every edit of the selected %1, with old and new values").arg(text(kind.singular)));
    table_->addAction(history_);
    table_->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(history_, &QAction::triggered, this, &RecordTableView::showHistory);
    // Where the record came from and what it led to (Ctrl+Shift+T).
    trace_->setObjectName(QStringLiteral("trace_") + text(kind.table));
    trace_->setText(tr("Where it came from and what it led to…"));
    trace_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    trace_->setShortcutContext(Qt::WidgetShortcut);
    trace_->setToolTip(tr("The chain from the evidence to the result through the selected %1")
                           .arg(text(kind.singular)));
    table_->addAction(trace_);
    connect(trace_, &QAction::triggered, this, &RecordTableView::showTrace);
    // The whole table to a spreadsheet, as File > Export table does.
    export_ = new QAction(tr("Export this table…"), this);
    export_->setObjectName(QStringLiteral("export_") + text(kind.table));
    export_->setToolTip(tr("Every %1 as an Excel workbook or a CSV file").arg(text(kind.singular)));
    table_->addAction(export_);
    connect(export_, &QAction::triggered, this,
            [this] { exportTable(document_, kind_, window()); });
    if (transfer::canCopy(kind)) {
        // A partner, an appraisal or a contract goes to another project
        // whole, through the clipboard.
        copy_ = new QAction(tr("Copy with what belongs to it"), this);
        copy_->setObjectName(QStringLiteral("copy_") + text(kind.table));
        copy_->setShortcut(QKeySequence::Copy);
        copy_->setShortcutContext(Qt::WidgetShortcut);
        table_->addAction(copy_);
        connect(copy_, &QAction::triggered, this, [this] {
            if (selectedId() != 0) {
                RecordClipboard::copy(document_, kind_, selectedId());
            }
        });
        paste_ = new QAction(tr("Paste"), this);
        paste_->setObjectName(QStringLiteral("paste_") + text(kind.table));
        paste_->setShortcut(QKeySequence::Paste);
        paste_->setShortcutContext(Qt::WidgetShortcut);
        table_->addAction(paste_);
        connect(paste_, &QAction::triggered, this, [this] {
            const auto pasted = RecordClipboard::paste(document_);
            if (!pasted) {
                return;
            }
            if (pasted->table == kind_.table) {
                selectId(pasted->id);
                return;
            }
            // Another kind (a partner pasted among contracts): shown where
            // it was put, on its own page.
            const auto* pastedKind = records::kindForTable(pasted->table);
            const auto* stage = pastedKind ? stages::keeping(*pastedKind) : nullptr;
            if (stage) {
                emit document_.openRequested(
                    QString::fromStdString(std::string(stage->key)),
                    QString::fromStdString(std::string(pastedKind->singular)), pasted->id);
            }
        });
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(heading);
    buttons->addStretch();
    buttons->addWidget(add_);
    buttons->addWidget(delete_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(table_);

    connect(add_, &QPushButton::clicked, this, &RecordTableView::addRecord);
    connect(delete_, &QPushButton::clicked, this, &RecordTableView::deleteSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit selectionChanged(selectedId());
    });
    connect(model_, &QAbstractItemModel::dataChanged, this, &RecordTableView::fitFigures);
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        if (!fitted_) {
            fitColumns();
        } else {
            fitFigures();
        }
        updateButtons();
        emit selectionChanged(selectedId());
    });
    updateButtons();
}

std::int64_t RecordTableView::selectedId() const {
    auto current = table_->currentIndex();
    return current.isValid() ? model_->idAt(current.row()) : 0;
}

bool RecordTableView::selectId(std::int64_t id) {
    int row = model_->rowOf(id);
    if (row < 0 && followed_ != nullptr) {
        // A record of another parent (a KPI of another contract): that
        // parent is chosen first, and the table then shows the record.
        std::optional<std::int64_t> parentId;
        document_.readSafely([&] {
            if (const auto record = records::findRecord(document_.database(), kind_, id)) {
                const auto& value = record->value(kind_, followColumn_);
                if (const auto* number = std::get_if<std::int64_t>(&value)) {
                    parentId = *number;
                }
            }
        });
        if (parentId && followed_->selectId(*parentId)) {
            row = model_->rowOf(id);
        }
    }
    if (row < 0) {
        return false;
    }
    table_->selectRow(row);
    table_->scrollTo(model_->index(row, 0));
    return true;
}

int RecordTableView::widestFigure(int column) const {
    // Every row, not only those on screen (as Qt's own fitting measures),
    // so a large amount further down is not cut short when scrolled to.
    QStyleOptionViewItem option;
    option.initFrom(table_);
    option.font = table_->font();
    option.widget = table_;
    option.features = QStyleOptionViewItem::HasDisplay;
    // The grid line takes a pixel of each column, as Qt's own fitting allows.
    const int grid = table_->showGrid() ? 1 : 0;
    int widest = 0;
    for (int row = 0; row < model_->rowCount(); ++row) {
        widest = std::max(
            widest,
            table_->itemDelegate()->sizeHint(option, model_->index(row, column)).width() + grid);
    }
    const QFontMetrics headings(table_->horizontalHeader()->font());
    const int margin = table_->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, table_);
    const int heading =
        headings.horizontalAdvance(
            model_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
        4 * margin;
    return std::max(widest, heading);
}

void RecordTableView::fitColumns() {
    // A column of figures (money, counts, shares, years, dates) is always as
    // wide as its widest figure and its heading: a number is never cut
    // short. A column of words is wide enough to read, within limits that
    // keep the table on a laptop screen (the first usually names the record,
    // so it gets more room); words cut short show whole in a tip.
    table_->resizeColumnsToContents();
    const QFontMetrics headings(table_->horizontalHeader()->font());
    for (int column = 0; column < model_->columnCount(); ++column) {
        const auto& field = kind_.fields.at(static_cast<std::size_t>(column));
        if (isFigure(field.type)) {
            table_->setColumnWidth(column, widestFigure(column));
            continue;
        }
        const int heading =
            headings.horizontalAdvance(
                model_->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
            16;
        const int content = std::max(table_->columnWidth(column), heading);
        const int widest = column == 0 ? 300 : 220;
        table_->setColumnWidth(column, std::clamp(content, std::min(heading, widest), widest));
    }
    fitted_ = model_->rowCount() > 0;
}

void RecordTableView::fitFigures() {
    // Figures grow with what is typed; only their columns are refitted, so a
    // column of words the user has widened stays as it is.
    for (int column = 0; column < model_->columnCount(); ++column) {
        if (isFigure(kind_.fields.at(static_cast<std::size_t>(column)).type)) {
            table_->setColumnWidth(column,
                                   std::max(widestFigure(column), table_->columnWidth(column)));
        }
    }
}

void RecordTableView::updateButtons() {
    add_->setEnabled(!document_.isReadOnly());
    delete_->setEnabled(!document_.isReadOnly() && selectedId() != 0);
    history_->setEnabled(selectedId() != 0);
    trace_->setEnabled(selectedId() != 0);
    if (copy_) {
        copy_->setEnabled(selectedId() != 0);
        paste_->setEnabled(!document_.isReadOnly());
    }
}

void RecordTableView::showTrace() {
    const auto id = selectedId();
    if (id == 0) {
        return;
    }
    auto* dialog = new TraceDialog(document_, std::string(kind_.table), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void RecordTableView::showHistory() {
    const auto id = selectedId();
    if (id == 0) {
        return;
    }
    QString name;
    document_.readSafely([&] {
        if (const auto record = records::findRecord(document_.database(), kind_, id)) {
            name = QString::fromStdString(records::nameOf(kind_, *record));
        }
    });
    auto* dialog =
        new HistoryDialog(document_, std::string(kind_.table), id,
                          tr("History of %1 “%2”").arg(text(kind_.singular), name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void RecordTableView::setAddInstead(const QString& label, std::function<void()> action) {
    add_->setText(label);
    add_->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    addInstead_ = std::move(action);
}

void RecordTableView::addRecord() {
    if (addInstead_) {
        if (document_.isReadOnly()) {
            document_.refuseReadOnlyEdit();
            return;
        }
        addInstead_();
        return;
    }
    document_.readSafely([&] {
        records::FieldValues initial;
        QString whyNot;
        if (defaults_ && !defaults_(initial, whyNot)) {
            emit document_.problem(whyNot);
            return;
        }
        // A link the record cannot be without, when there is only one thing it
        // can link to (the partnership's one partner, say), is filled in rather
        // than refused; with several, the user is asked to choose first.
        for (const auto& field : kind_.fields) {
            const bool given = std::any_of(initial.begin(), initial.end(), [&](const auto& value) {
                return value.first == field.column;
            });
            if (field.type != records::FieldType::Link || !field.required || given) {
                continue;
            }
            if (const auto* linked = records::linkedKind(field)) {
                const auto choices = records::linkChoices(document_.database(), *linked);
                if (choices.size() == 1) {
                    initial.emplace_back(field.column, records::FieldValue{choices.front().first});
                }
            }
        }
        auto added = records::addRecord(document_.project(), kind_, initial);
        if (!added.ok()) {
            emit document_.problem(QString::fromStdString(added.error().message));
            return;
        }
        int row = model_->rowOf(added.value());
        if (row >= 0) {
            auto index = model_->index(row, 0);
            table_->setCurrentIndex(index);
            table_->setFocus();
            table_->edit(index);
        }
    });
}

void RecordTableView::deleteSelected() {
    auto id = selectedId();
    if (id == 0) {
        return;
    }
    int row = table_->currentIndex().row();
    // A record that takes others with it, or leaves others without it, asks
    // first, naming what goes in the users' words; one that stands alone goes
    // at once (Edit > Undo brings it back, and names it).
    if (!confirmDeletion(id)) {
        return;
    }
    if (document_.check(records::deleteRecord(document_.project(), kind_, id))) {
        int count = model_->rowCount();
        if (count > 0) {
            table_->setCurrentIndex(model_->index(std::min(row, count - 1), 0));
        }
    }
}

bool RecordTableView::confirmDeletion(std::int64_t id) {
    std::vector<records::Consequence> consequences;
    if (!document_.readSafely([&] {
            consequences = records::deletionConsequences(document_.database(), kind_.table, id);
        })) {
        return false; // the file could not be read: the bar says why, nothing is deleted
    }
    if (consequences.empty()) {
        return true;
    }
    const auto phrases = records::describeConsequences(consequences);
    QStringList going;
    QStringList emptied;
    for (std::size_t i = 0; i < consequences.size(); ++i) {
        (consequences[i].effect == records::Consequence::Effect::Deleted ? going : emptied)
            << QStringLiteral("\u2022 ") + QString::fromStdString(phrases[i]);
    }
    auto record = records::findRecord(document_.database(), kind_, id);
    const QString name =
        record ? QString::fromStdString(records::nameOf(kind_, *record)) : QString();
    QString text = tr("Delete \u201C%1\u201D?").arg(name);
    if (!going.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("These go with it:") + QStringLiteral("\n") +
                going.join(QLatin1Char('\n'));
    }
    if (!emptied.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("And:") + QStringLiteral("\n") +
                emptied.join(QLatin1Char('\n'));
    }
    text += QStringLiteral("\n\n") + tr("Edit > Undo brings all of it back.");
    QMessageBox box(QMessageBox::Question, tr("Delete %1").arg(name), text, QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("confirm_deletion"));
    box.setTextFormat(Qt::PlainText);
    auto* remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    auto* keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}

bool RecordTableView::eventFilter(QObject* watched, QEvent* event) {
    // Key presses reach the table itself only when no cell editor is open.
    if (watched == table_ && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        // In a read-only project, typing into a cell or F2 says why nothing
        // opens, rather than doing nothing.
        const bool typing = !key->text().isEmpty() && key->text().at(0).isPrint() &&
                            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (document_.isReadOnly() && (typing || key->key() == Qt::Key_F2)) {
            document_.refuseReadOnlyEdit();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            addRecord();
            return true;
        }
        // The table would copy a cell's text; where a record can be copied
        // whole, Ctrl+C and Ctrl+V copy and paste the record.
        if (copy_ && key->matches(QKeySequence::Copy)) {
            copy_->trigger();
            return true;
        }
        if (paste_ && key->matches(QKeySequence::Paste)) {
            paste_->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordTableView::follow(RecordTableView* parent, std::string_view column,
                             const QString& chooseFirst) {
    followed_ = parent;
    followColumn_ = std::string(column);
    model_->setFilter(column, std::nullopt);
    // Every row shown links to the selected parent, so its column says nothing.
    table_->setColumnHidden(records::fieldIndex(kind_, column), true);
    connect(parent, &RecordTableView::selectionChanged, this, [this, column](std::int64_t id) {
        model_->setFilter(column, id ? std::optional<std::int64_t>(id) : std::nullopt);
    });
    setDefaults([parent, column, chooseFirst](records::FieldValues& initial, QString& whyNot) {
        auto id = parent->selectedId();
        if (id == 0) {
            whyNot = chooseFirst;
            return false;
        }
        initial.emplace_back(column, records::FieldValue{id});
        return true;
    });
}

} // namespace jointly::ui

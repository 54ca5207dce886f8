#include "ui/common/TraceDialog.h"

#include "records/RecordKind.h"
#include "trace/Traceability.h"
#include "ui/common/ProjectDocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

constexpr int kTableRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kStageRole = Qt::UserRole + 2;

QString fromCore(const std::string& text) {
    return QString::fromStdString(text);
}

QString itemWords(const trace::TraceItem& item) {
    return QStringLiteral("%1 \u201C%2\u201D").arg(fromCore(item.kind), fromCore(item.name));
}

QTreeWidgetItem* addStep(QTreeWidgetItem* parent, const trace::TraceItem& item,
                         const QString& text) {
    auto* row = new QTreeWidgetItem(parent, {text});
    row->setData(0, kTableRole, fromCore(item.record.table));
    row->setData(0, kIdRole, QVariant::fromValue<qint64>(item.record.id));
    row->setData(0, kStageRole, fromCore(item.stageKey));
    row->setToolTip(0, text + (item.stage.empty()
                                   ? QString()
                                   : QStringLiteral(" (%1)").arg(fromCore(item.stage))));
    return row;
}

// The steps as a tree: each hangs from the last step one level up.
void addSteps(QTreeWidgetItem* top, const std::vector<trace::TraceStep>& steps, bool back) {
    std::vector<QTreeWidgetItem*> levels{top};
    for (const auto& step : steps) {
        const auto depth = static_cast<std::size_t>(step.depth);
        levels.resize(std::min(levels.size(), depth));
        const QString text =
            back ? QObject::tr("%1, which %2 it").arg(itemWords(step.item), fromCore(step.words))
                 : QStringLiteral("%1 %2").arg(fromCore(step.words), itemWords(step.item));
        levels.push_back(addStep(levels.back(), step.item, text));
    }
}

} // namespace

TraceDialog::TraceDialog(ProjectDocument& document, const std::string& table, std::int64_t id,
                         QWidget* parent)
    : QDialog(parent), document_(document), path_{{table, id}}, heading_(new QLabel(this)),
      chain_(new QTreeWidget(this)), open_(new QPushButton(tr("&Open"), this)),
      traceFrom_(new QPushButton(tr("&Trace from this one"), this)),
      back_(new QPushButton(tr("&Back"), this)) {
    setObjectName(QStringLiteral("trace_dialog"));
    setWindowTitle(tr("Where it came from and what it led to"));
    resize(900, 620);
    heading_->setObjectName(QStringLiteral("trace_heading"));
    heading_->setTextFormat(Qt::PlainText);
    heading_->setWordWrap(true);
    QFont bigger = heading_->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    heading_->setFont(bigger);
    chain_->setObjectName(QStringLiteral("trace_chain"));
    chain_->setAccessibleName(tr("Where the record came from and what it led to"));
    chain_->setAccessibleDescription(tr("Press Enter on a record to open it on its page, or choose "
                                        "Trace from this one to follow the chain from it."));
    chain_->setHeaderHidden(true);
    chain_->setWordWrap(true);
    chain_->setUniformRowHeights(false);
    chain_->header()->setStretchLastSection(true);
    open_->setAccessibleName(tr("Open the chosen record on its page"));
    traceFrom_->setAccessibleName(tr("Trace the chain from the chosen record"));
    back_->setAccessibleName(tr("Back to the record traced before"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(open_, QDialogButtonBox::ActionRole);
    buttons->addButton(traceFrom_, QDialogButtonBox::ActionRole);
    buttons->addButton(back_, QDialogButtonBox::ActionRole);
    // Enter in the chain opens a record; it never closes the dialog.
    open_->setAutoDefault(false);
    traceFrom_->setAutoDefault(false);
    back_->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open_, &QPushButton::clicked, this, &TraceDialog::openChosen);
    connect(traceFrom_, &QPushButton::clicked, this, &TraceDialog::traceChosen);
    connect(back_, &QPushButton::clicked, this, &TraceDialog::showBack);
    connect(chain_, &QTreeWidget::itemActivated, this, [this] { openChosen(); });
    connect(chain_, &QTreeWidget::currentItemChanged, this, &TraceDialog::updateButtons);
    connect(&document_, &ProjectDocument::changed, this, &TraceDialog::reload);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addWidget(chain_, 1);
    layout->addWidget(buttons);
    reload();
}

void TraceDialog::reload() {
    chain_->clear();
    trace::Trace traced;
    bool found = false;
    QString problem;
    document_.readSafely([&] {
        auto result =
            trace::traceRecord(document_.database(), {path_.back().first, path_.back().second});
        found = result.ok();
        if (found) {
            traced = std::move(result.value());
        } else {
            problem = fromCore(result.error().message);
        }
    });
    if (!found) {
        heading_->setText(problem.isEmpty() ? tr("This record cannot be traced.") : problem);
        updateButtons();
        return;
    }
    QString words = itemWords(traced.item);
    words[0] = words[0].toUpper();
    heading_->setText(
        traced.item.stage.empty() ? words : tr("%1 (%2)").arg(words, fromCore(traced.item.stage)));
    auto* from = new QTreeWidgetItem(chain_, {tr("Where it came from")});
    auto* to = new QTreeWidgetItem(chain_, {tr("What it led to")});
    for (auto* top : {from, to}) {
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
    }
    addSteps(from, traced.cameFrom, true);
    addSteps(to, traced.ledTo, false);
    if (traced.cameFrom.empty()) {
        new QTreeWidgetItem(from, {tr("Nothing in the project links to it.")});
    }
    if (traced.ledTo.empty()) {
        new QTreeWidgetItem(to, {tr("Nothing yet.")});
    }
    chain_->expandAll();
    chain_->setCurrentItem(from->childCount() > 0 ? from->child(0) : to);
    updateButtons();
}

void TraceDialog::updateButtons() {
    auto* item = chain_->currentItem();
    const bool record = item != nullptr && item->data(0, kIdRole).isValid();
    open_->setEnabled(record);
    traceFrom_->setEnabled(record &&
                           item->data(0, kTableRole).toString() != QStringLiteral("kpi_actual"));
    back_->setEnabled(path_.size() > 1);
}

void TraceDialog::traceChosen() {
    auto* item = chain_->currentItem();
    if (item == nullptr || !item->data(0, kIdRole).isValid()) {
        return;
    }
    path_.push_back(
        {item->data(0, kTableRole).toString().toStdString(), item->data(0, kIdRole).toLongLong()});
    reload();
    chain_->setFocus();
}

void TraceDialog::showBack() {
    if (path_.size() > 1) {
        path_.pop_back();
        reload();
        chain_->setFocus();
    }
}

void TraceDialog::openChosen() {
    auto* item = chain_->currentItem();
    if (item == nullptr || !item->data(0, kIdRole).isValid()) {
        return;
    }
    const auto table = item->data(0, kTableRole).toString().toStdString();
    const auto* kind = records::kindForTable(table);
    if (kind == nullptr) {
        return;
    }
    emit document_.openRequested(
        item->data(0, kStageRole).toString(),
        QString::fromUtf8(kind->singular.data(), static_cast<qsizetype>(kind->singular.size())),
        item->data(0, kIdRole).toLongLong());
}

} // namespace jointly::ui

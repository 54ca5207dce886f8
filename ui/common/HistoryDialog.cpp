#include "ui/common/HistoryDialog.h"

#include "audit/ChangeHistory.h"
#include "stages/Stage.h"
#include "ui/common/ProjectDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {

QString fromCore(const std::string& text) {
    return QString::fromStdString(text);
}

// "2026-12-02T16:55:42Z" in the computer's own time: "2 Dec 2026 16:55".
QString whenWords(const std::string& madeAt) {
    const auto when = QDateTime::fromString(fromCore(madeAt), Qt::ISODate);
    return when.isValid()
               ? QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))
               : fromCore(madeAt);
}

} // namespace

HistoryDialog::HistoryDialog(ProjectDocument& document, QWidget* parent)
    : QDialog(parent), document_(document) {
    build(tr("Change history"), true);
}

HistoryDialog::HistoryDialog(ProjectDocument& document, const std::string& table, std::int64_t id,
                             const QString& title, QWidget* parent)
    : QDialog(parent), document_(document), table_(table), id_(id) {
    build(title, false);
}

void HistoryDialog::build(const QString& title, bool filters) {
    setObjectName(QStringLiteral("history_dialog"));
    setWindowTitle(title);
    resize(900, 600);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    reloadSoon_ = new QTimer(this);
    stage_ = new QComboBox(this);
    stage_->setObjectName(QStringLiteral("history_stage"));
    stage_->setAccessibleName(tr("Only edits touching this stage"));
    stage_->addItem(tr("Every stage"), QString());
    for (const auto& stage : stages::all()) {
        if (stage.built()) {
            stage_->addItem(fromCore(std::string(stage.name)), fromCore(std::string(stage.key)));
        }
    }
    person_ = new QComboBox(this);
    person_->setObjectName(QStringLiteral("history_person"));
    person_->setAccessibleName(tr("Only edits made by this person"));
    sinceOn_ = new QCheckBox(tr("&Since"), this);
    sinceOn_->setAccessibleName(tr("Only edits made since a date"));
    since_ = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    since_->setAccessibleName(tr("Earliest date of the edits shown"));
    since_->setCalendarPopup(true);
    since_->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    since_->setEnabled(false);
    entries_ = new QTreeWidget(this);
    entries_->setObjectName(QStringLiteral("history_entries"));
    entries_->setAccessibleName(tr("Edits, newest first, with what each changed"));
    entries_->setColumnCount(3);
    entries_->setHeaderLabels({tr("When"), tr("Who"), tr("Edit, and what it changed")});
    entries_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    entries_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    entries_->header()->setStretchLastSection(true);
    entries_->setWordWrap(true);
    entries_->setUniformRowHeights(false);

    auto* layout = new QVBoxLayout(this);
    if (filters) {
        auto* bar = new QHBoxLayout;
        auto* stageLabel = new QLabel(tr("S&tage:"), this);
        stageLabel->setBuddy(stage_);
        auto* personLabel = new QLabel(tr("&Made by:"), this);
        personLabel->setBuddy(person_);
        bar->addWidget(stageLabel);
        bar->addWidget(stage_);
        bar->addWidget(personLabel);
        bar->addWidget(person_);
        bar->addWidget(sinceOn_);
        bar->addWidget(since_);
        bar->addStretch(1);
        layout->addLayout(bar);
    } else {
        for (auto* hidden : std::initializer_list<QWidget*>{stage_, person_, sinceOn_, since_}) {
            hidden->hide();
        }
    }
    layout->addWidget(summary_);
    layout->addWidget(entries_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(stage_, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(person_, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(sinceOn_, &QCheckBox::toggled, this, [this](bool on) {
        since_->setEnabled(on);
        reload();
    });
    connect(since_, &QDateEdit::dateChanged, this, [this] { reload(); });
    // Every edit, undo and redo is a new line of history.
    reloadSoon_->setSingleShot(true);
    reloadSoon_->setInterval(0);
    connect(reloadSoon_, &QTimer::timeout, this, [this] { reload(); });
    connect(&document_, &ProjectDocument::changed, this, &HistoryDialog::edited);
    reload();
}

void HistoryDialog::edited(const QSet<QString>& tables) {
    if (id_ != 0 && !tables.contains(QString::fromStdString(table_))) {
        return; // not an edit, undo or redo of this record
    }
    if (!isVisible()) {
        stale_ = true;
        return;
    }
    reloadSoon_->start();
}

void HistoryDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (stale_) {
        reload();
    }
}

void HistoryDialog::reload() {
    stale_ = false;
    ++reads_;
    audit::HistoryFilter filter;
    filter.table = table_;
    filter.id = id_;
    filter.stage = stage_->currentData().toString().toStdString();
    filter.person = person_->currentData().toString().toStdString();
    if (sinceOn_->isChecked()) {
        // The history keeps UTC; the day chosen starts at local midnight.
        filter.since =
            QDateTime(since_->date(), QTime(0, 0)).toUTC().toString(Qt::ISODate).toStdString();
    }
    std::vector<audit::HistoryEntry> history;
    std::vector<std::string> people;
    document_.readSafely([&] {
        history = audit::loadHistory(document_.database(), filter);
        people = audit::historyPeople(document_.database());
    });
    {
        // The people who have made edits, kept choosing whoever was chosen.
        const QSignalBlocker blocker(person_);
        const auto chosen = person_->currentData().toString();
        person_->clear();
        person_->addItem(tr("Anyone"), QString());
        for (const auto& name : people) {
            person_->addItem(fromCore(name), fromCore(name));
        }
        person_->setCurrentIndex(std::max(0, person_->findData(chosen)));
    }
    entries_->clear();
    for (const auto& entry : history) {
        auto label = fromCore(entry.label);
        if (entry.undone) {
            label += tr(" (undone)");
        }
        auto* top =
            new QTreeWidgetItem(entries_, {whenWords(entry.madeAt), fromCore(entry.madeBy), label});
        if (entry.undone) {
            // Said in words above; the slant only repeats it.
            auto font = top->font(2);
            font.setItalic(true);
            top->setFont(2, font);
        }
        QStringList lines;
        for (const auto& change : entry.records) {
            for (const auto& line : audit::describe(change)) {
                lines << fromCore(line);
            }
        }
        for (const auto& other : entry.others) {
            lines << fromCore(other);
        }
        if (entry.unreadable) {
            lines << tr("What this edit changed cannot be read: its record in the file is "
                        "damaged.");
        }
        for (const auto& line : lines) {
            auto* child = new QTreeWidgetItem(top, {QString(), QString(), line});
            child->setToolTip(2, line);
        }
    }
    entries_->expandAll();
    summary_->setText(
        history.empty()
            ? (id_ != 0 ? tr("No edit of this record is recorded. Edits made before the file "
                             "kept its history (format 7) are not listed.")
                        : tr("No edit matches."))
            : (history.size() == 1 ? tr("1 edit.")
                                   : tr("%1 edits, newest first.").arg(history.size())) +
                  tr(" Undone edits are marked (undone); hover over a line to read all of it."));
}

} // namespace jointly::ui

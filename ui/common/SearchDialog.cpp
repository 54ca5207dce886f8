#include "ui/common/SearchDialog.h"

#include "project/Project.h"
#include "search/SearchIndex.h"
#include "ui/common/ProjectDocument.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace jointly::ui {

namespace {

QString fromCore(const std::string& text) {
    return QString::fromStdString(text);
}

// The snippet as rich text: the user's words escaped, the matches in bold.
QString highlighted(const std::string& snippet) {
    QString html;
    QString run;
    const auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const auto c : fromCore(snippet)) {
        if (c == QLatin1Char(search::kMatchStart)) {
            flush();
            html += QStringLiteral("<b>");
        } else if (c == QLatin1Char(search::kMatchEnd)) {
            flush();
            html += QStringLiteral("</b>");
        } else {
            run += c;
        }
    }
    flush();
    return html;
}

QString plain(const std::string& snippet) {
    auto text = fromCore(snippet);
    text.remove(QLatin1Char(search::kMatchStart));
    text.remove(QLatin1Char(search::kMatchEnd));
    return text;
}

constexpr int kTableRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
constexpr int kStageRole = Qt::UserRole + 3;
constexpr int kKindRole = Qt::UserRole + 4;

} // namespace

SearchDialog::SearchDialog(ProjectDocument& document, QWidget* parent)
    : QDialog(parent), document_(document), words_(new QLineEdit(this)), summary_(new QLabel(this)),
      results_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("search_dialog"));
    setWindowTitle(tr("Search the project"));
    resize(820, 560);
    words_->setObjectName(QStringLiteral("search_words"));
    words_->setAccessibleName(tr("Words to search for"));
    words_->setPlaceholderText(tr("Words in any name, note, statement or decision"));
    words_->setClearButtonEnabled(true);
    results_->setObjectName(QStringLiteral("search_results"));
    results_->setAccessibleName(tr("Records found, by stage, best first"));
    results_->setColumnCount(2);
    results_->setHeaderLabels({tr("Record"), tr("Where the words are")});
    results_->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    results_->header()->resizeSection(0, 320);
    results_->header()->setStretchLastSection(true);
    results_->setRootIsDecorated(true);
    summary_->setWordWrap(true);
    auto* label = new QLabel(tr("&Find:"), this);
    label->setBuddy(words_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(words_);
    layout->addWidget(summary_);
    layout->addWidget(results_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(words_, &QLineEdit::textChanged, this, [this] { searchNow(); });
    connect(results_, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { openChosen(item); });
    // The index follows every edit, undo and redo to the tables it touched.
    connect(&document_, &ProjectDocument::changed, this, [this](const QSet<QString>& tables) {
        std::set<std::string> touched;
        for (const auto& table : tables) {
            touched.insert(table.toStdString());
        }
        if (builder_) {
            editedMeanwhile_.insert(touched.begin(), touched.end());
            return;
        }
        refresh(touched);
    });
    startBuilding();
}

SearchDialog::~SearchDialog() {
    if (builder_) {
        builder_->wait();
    }
}

void SearchDialog::startBuilding() {
    const auto path = document_.filePath().toStdString();
    if (path.empty()) {
        document_.readSafely(
            [this] { index_ = std::make_unique<search::SearchIndex>(document_.database()); });
        searchNow();
        return;
    }
    // A connection of its own, read-only: the window goes on using the
    // document's, and an edit made meanwhile waits for the read at most as
    // long as one read of each table.
    builder_.reset(QThread::create([this, path] {
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto opened = project::Project::open(path, readOnly);
        if (!opened.ok()) {
            return;
        }
        auto& project = *opened.value();
        try {
            (void)project.guarded<Status>([&]() -> Status {
                built_ = std::make_unique<search::SearchIndex>(project.database());
                return success();
            });
        } catch (const std::exception&) {
            built_.reset(); // read again on the window's connection
        }
    }));
    connect(builder_.get(), &QThread::finished, this, [this] { finishBuilding(); });
    builder_->start();
    searchNow();
}

void SearchDialog::finishBuilding() {
    builder_->wait();
    builder_.reset();
    index_ = std::move(built_);
    if (!index_) {
        // Read where the window reads, as a last resort.
        document_.readSafely(
            [this] { index_ = std::make_unique<search::SearchIndex>(document_.database()); });
    } else if (!editedMeanwhile_.empty()) {
        refresh(editedMeanwhile_);
    }
    editedMeanwhile_.clear();
    searchNow();
}

void SearchDialog::refresh(const std::set<std::string>& tables) {
    if (!index_) {
        return;
    }
    document_.readSafely([&] { index_->refresh(document_.database(), tables); });
    if (!words_->text().trimmed().isEmpty()) {
        searchNow();
    }
}

void SearchDialog::searchNow() {
    results_->clear();
    const auto words = words_->text().toStdString();
    if (builder_) {
        summary_->setText(tr("Reading the project to search it..."));
        return;
    }
    if (!index_) {
        summary_->setText(tr("The project could not be read to search it."));
        return;
    }
    std::vector<search::SearchHit> hits;
    document_.readSafely([&] { hits = index_->find(words); });
    if (words_->text().trimmed().isEmpty()) {
        summary_->setText(tr("Type words to find the records that hold them all."));
        return;
    }
    summary_->setText(
        hits.empty()
            ? tr("Nothing matches.")
            : tr("%1 found, by stage, best first. Enter opens the chosen "
                 "record.")
                  .arg(hits.size() == 1 ? tr("1 record") : tr("%1 records").arg(hits.size())));
    QTreeWidgetItem* group = nullptr;
    QString stage = QStringLiteral("\x01");
    for (const auto& hit : hits) {
        if (!group || fromCore(hit.stage) != stage) {
            stage = fromCore(hit.stage);
            group = new QTreeWidgetItem(results_, {stage.isEmpty() ? tr("Elsewhere") : stage});
            group->setFirstColumnSpanned(true);
            auto font = group->font(0);
            font.setBold(true);
            group->setFont(0, font);
        }
        auto kind = fromCore(hit.kind);
        if (!kind.isEmpty()) {
            kind[0] = kind[0].toUpper();
        }
        auto* item = new QTreeWidgetItem(
            group, {tr("%1: %2").arg(kind, fromCore(hit.name)), plain(hit.snippet)});
        item->setData(0, kTableRole, fromCore(hit.table));
        item->setData(0, kIdRole, QVariant::fromValue(hit.id));
        item->setData(0, kStageRole, fromCore(hit.stageKey));
        item->setData(0, kKindRole, fromCore(hit.kind));
        item->setToolTip(1, plain(hit.snippet));
        // The matching words in bold, the rest escaped: a label shows it.
        auto* where = new QLabel(highlighted(hit.snippet), results_);
        where->setTextFormat(Qt::RichText);
        where->setAccessibleName(plain(hit.snippet));
        item->setText(1, QString());
        results_->setItemWidget(item, 1, where);
    }
    results_->expandAll();
    if (auto* first = results_->topLevelItem(0); first && first->childCount() > 0) {
        results_->setCurrentItem(first->child(0));
    }
}

void SearchDialog::keyPressEvent(QKeyEvent* event) {
    // Enter in the words opens the chosen record, as it does in the list.
    // (In the list, the list's own activation opens it.)
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && words_->hasFocus() &&
        results_->currentItem()) {
        openChosen(results_->currentItem());
        return;
    }
    if (event->key() == Qt::Key_Down && words_->hasFocus()) {
        results_->setFocus();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SearchDialog::openChosen(QTreeWidgetItem* item) {
    if (!item || !item->data(0, kIdRole).isValid()) {
        return;
    }
    emit openRequested(item->data(0, kStageRole).toString(), item->data(0, kKindRole).toString(),
                       item->data(0, kTableRole).toString(), item->data(0, kIdRole).toLongLong());
}

} // namespace jointly::ui

#include "ui/shell/MainWindow.h"

#include "LibraryVersions.h"
#include "Version.h"
#include "merge/OfflineCopy.h"
#include "stages/Stage.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/CutTextTips.h"
#include "ui/common/FocusRing.h"
#include "ui/common/HistoryDialog.h"
#include "ui/common/MnemonicKeeper.h"
#include "ui/common/PlaceFinder.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordForm.h"
#include "ui/common/RecordTableView.h"
#include "ui/common/SearchDialog.h"
#include "ui/documents/AuthorName.h"
#include "ui/shell/ApplicationIcon.h"
#include "ui/shell/CycleNavigator.h"
#include "ui/shell/GuideWindow.h"
#include "ui/shell/LicenceDialog.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/OfflineWork.h"
#include "ui/shell/PreferencesDialog.h"
#include "ui/shell/StagePages.h"
#include "ui/shell/StagePlaceholder.h"
#include "ui/shell/StillToDoList.h"
#include "ui/shell/UndoKeyRouter.h"
#include "ui/shell/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace jointly::ui {

namespace {
const char* const kGeometryKey = "mainWindow/geometry";
const char* const kStateKey = "mainWindow/state";
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), stack_(new QStackedWidget(this)), opening_(new QLabel),
      navigator_(new CycleNavigator), missing_(new StillToDoList), stages_(new QStackedWidget),
      messageBar_(new MessageBar), readOnlyBanner_(new QLabel) {
    setObjectName(QStringLiteral("main_window"));
    // The icon's eight sizes are decoded when it is set, so it is set once
    // the window has painted.
    QTimer::singleShot(0, this, [this] { setWindowIcon(applicationIcon()); });
    stages_->setObjectName(QStringLiteral("stage_pages"));
    qApp->installEventFilter(new UndoKeyRouter(this));
    qApp->installEventFilter(new MnemonicKeeper(*this));
    FocusRing::followFocus();
    qApp->installEventFilter(new CutTextTips(this));

    missing_->setMaximumWidth(240);
    connect(missing_, &StillToDoList::goTo, this, &MainWindow::goToPlace);
    readOnlyBanner_->setObjectName(QStringLiteral("read_only_banner"));
    readOnlyBanner_->setWordWrap(true);
    QPalette bannerColours = readOnlyBanner_->palette();
    bannerColours.setColor(QPalette::Window, QColor(0xdd, 0xe7, 0xf3));
    bannerColours.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    readOnlyBanner_->setPalette(bannerColours);
    readOnlyBanner_->setAutoFillBackground(true);
    readOnlyBanner_->setMargin(6);
    readOnlyBanner_->hide();

    auto* side = new QVBoxLayout;
    side->addWidget(navigator_, 0);
    side->addWidget(missing_, 1);
    workspace_ = new QWidget;
    auto* body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(stages_, 1);
    auto* workspaceLayout = new QVBoxLayout(workspace_);
    workspaceLayout->addWidget(readOnlyBanner_);
    workspaceLayout->addLayout(body, 1);
    navigator_->setMaximumHeight(5 * 64);

    opening_->setObjectName(QStringLiteral("opening"));
    opening_->setAlignment(Qt::AlignCenter);
    opening_->setTextFormat(Qt::PlainText);
    stack_->addWidget(opening_);
    stack_->addWidget(workspace_);
    auto* central = new QWidget;
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 4);
    centralLayout->addWidget(stack_, 1);
    centralLayout->addWidget(messageBar_);
    setCentralWidget(central);

    connect(navigator_, &QListWidget::currentRowChanged, this, [this](int row) {
        buildStagePage(row);
        if (row >= 0 && row < stages_->count()) {
            stages_->setCurrentIndex(row);
        }
        updateMissing();
    });

    createMenus();
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1280, 720);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    setDocument(nullptr);
}

MainWindow::~MainWindow() {
    // Pages and the document go while the window is whole, as when it is
    // closed: a field being typed in commits as it loses the keyboard, and
    // what that edit signals must reach a window that still exists.
    dropDocument();
}

void MainWindow::createMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* newAction = file->addAction(tr("&New partnership..."), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    auto* openAction = file->addAction(tr("&Open..."), this, &MainWindow::openProject);
    openAction->setShortcut(QKeySequence::Open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recent_menu"));
    file->addAction(tr("Open the &example partnership"), this, &MainWindow::openExample);
    file->addAction(tr("New partnership from &JSON..."), this, &MainWindow::importJson);
    file->addSeparator();
    saveCopy_ = file->addAction(tr("Save a &copy as..."), this, &MainWindow::saveCopyAs);
    saveCopy_->setShortcut(QKeySequence::SaveAs);
    offlineCopy_ = file->addAction(tr("Take a copy to work o&ffline..."), this, [this] {
        if (document_) {
            takeCopyToWorkOffline(*document_, this);
        }
    });
    offlineCopy_->setObjectName(QStringLiteral("take_offline_copy"));
    offlineCopy_->setStatusTip(tr("A complete copy to work on away from this file; what is "
                                  "changed in it can be merged back"));
    sendChanges_ = file->addAction(tr("Send my c&hanges..."), this, [this] {
        if (document_) {
            sendMyChanges(*document_, this);
        }
    });
    sendChanges_->setObjectName(QStringLiteral("send_changes"));
    sendChanges_->setStatusTip(tr("The changes made in this copy, as a small file to e-mail "
                                  "back for merging"));
    mergeChanges_ = file->addAction(tr("&Merge changes..."), this, [this] {
        if (document_) {
            mergeChangesFromFile(*document_, this);
        }
    });
    mergeChanges_->setObjectName(QStringLiteral("merge_changes"));
    mergeChanges_->setStatusTip(tr("Bring in the changes sent from a copy, or a whole copy, "
                                   "answering each conflict"));
    file->addSeparator();
    exportJson_ = file->addAction(tr("E&xport as JSON..."), this, &MainWindow::exportJson);
    exportOcds_ =
        file->addAction(tr("Export procurement as OC&DS..."), this, &MainWindow::exportOcds);
    exportOcds_->setObjectName(QStringLiteral("export_ocds"));
    exportTrace_ = file->addAction(tr("Export the &traceability matrix..."), this,
                                   &MainWindow::exportTraceMatrix);
    exportTrace_->setObjectName(QStringLiteral("export_trace_matrix"));
    exportTrace_->setStatusTip(tr("One row per chain from the evidence to the result, as a "
                                  "spreadsheet (CSV) or a web page (HTML)"));
    exportTable_ = file->addAction(tr("Export t&able..."), this, &MainWindow::exportTable);
    exportTable_->setObjectName(QStringLiteral("export_table"));
    exportTable_->setStatusTip(
        tr("The table you are working in, as an Excel workbook (XLSX) or a CSV file"));
    // The table the keyboard was last in is the one File > Export table
    // writes (the menu takes the keyboard while it is open).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (auto* widget = now; widget; widget = widget->parentWidget()) {
            if (auto* view = qobject_cast<RecordTableView*>(widget)) {
                if (view->window() == this) {
                    lastTable_ = view;
                }
                return;
            }
        }
    });
    exportCalendar_ =
        file->addAction(tr("Export the ca&lendar..."), this, &MainWindow::exportCalendar);
    exportCalendar_->setObjectName(QStringLiteral("export_calendar"));
    exportCalendar_->setStatusTip(tr("Actions, milestones, procurement and contract dates and "
                                     "workshops as an iCalendar file for Outlook and others"));
    writeReport_ = file->addAction(tr("Write a re&port..."), this, &MainWindow::writeReport);
    writeReport_->setObjectName(QStringLiteral("write_report"));
    writeReport_->setShortcut(QKeySequence::Print);
    writeReport_->setStatusTip(tr("The commissioning plan, a tender evaluation or the monitoring "
                                  "report, for the board: save as PDF, ODT or HTML, or print"));
    close_ = file->addAction(tr("&Close"), this, &MainWindow::closeProject);
    close_->setShortcut(QKeySequence::Close);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    undo_ = edit->addAction(tr("&Undo"));
    undo_->setShortcuts(QKeySequence::Undo);
    redo_ = edit->addAction(tr("&Redo"));
    // Every key the platform uses for redo, and Ctrl+Shift+Z as the README
    // says, whichever the platform lists first.
    auto redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(shiftZ)) {
        redoKeys.prepend(shiftZ);
    }
    redo_->setShortcuts(redoKeys);
    connect(undo_, &QAction::triggered, this, [this] {
        if (document_) {
            document_->undo();
        }
    });
    connect(redo_, &QAction::triggered, this, [this] {
        if (document_) {
            document_->redo();
        }
    });

    edit->addSeparator();
    find_ = edit->addAction(tr("&Find…"), this, &MainWindow::showSearch);
    find_->setShortcut(QKeySequence::Find);
    history_ = edit->addAction(tr("Change &history…"), this, &MainWindow::showHistory);
    history_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    auto* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    auto* help = menuBar()->addMenu(tr("&Help"));
    guide_ = help->addAction(tr("Jointly &guide"), this, &MainWindow::showGuide);
    guide_->setShortcut(QKeySequence::HelpContents);
    guide_->setShortcutContext(Qt::ApplicationShortcut);
    help->addSeparator();
    auto* about = help->addAction(tr("&About Jointly"), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About Jointly"));
        box.setIconPixmap(applicationIcon().pixmap(64, 64));
        box.setTextFormat(Qt::RichText);
        box.setText(
            tr("<h3>Jointly %1</h3><p>A planner for joint commissioning in health and social "
               "care.</p><p>Qt %2<br>SQLite %3<br>Boost %4</p><p>Jointly is free software under "
               "the GNU General Public License, version 3 or later (Help &gt; Licence has the "
               "text); it comes with no warranty.</p>")
                .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion()),
                     QString::fromStdString(sqliteVersion()),
                     QString::fromStdString(boostVersion())));
        box.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("&Licence"), this, [this] {
        LicenceDialog dialog(this);
        dialog.exec();
    });
    rebuildRecentMenu();
}

void MainWindow::buildStagePage(int row) {
    if (!document_ || row < 0 || row >= stages_->count() ||
        static_cast<std::size_t>(row) >= pages_.size() || pages_[static_cast<std::size_t>(row)]) {
        return;
    }
    const auto* maker = stagePageFor(stages::all()[static_cast<std::size_t>(row)].key);
    if (maker == nullptr) {
        return; // a stage not built yet keeps its placeholder
    }
    auto* page = maker->make(*document_);
    pages_[static_cast<std::size_t>(row)] = page;
    auto* standIn = stages_->widget(row);
    stages_->insertWidget(row, page);
    stages_->removeWidget(standIn);
    delete standIn;
}

QWidget* MainWindow::stagePage(std::string_view key) const {
    const auto all = stages::all();
    for (std::size_t i = 0; i < all.size() && i < pages_.size(); ++i) {
        if (all[i].key == key) {
            return pages_[i];
        }
    }
    return nullptr;
}

void MainWindow::dropDocument() {
    // Pages and dialogs hold references to the document: remove them before
    // it goes.
    delete search_;
    for (auto* history : findChildren<HistoryDialog*>(Qt::FindDirectChildrenOnly)) {
        delete history;
    }
    navigator_->setDocument(nullptr);
    while (stages_->count() > 0) {
        auto* page = stages_->widget(0);
        stages_->removeWidget(page);
        delete page;
    }
    pages_.clear();
    delete document_;
    document_ = nullptr;
    // A message about the project closed does not carry over.
    messageBar_->clear();
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document) {
    dropDocument();
    document_ = document.release();
    if (document_) {
        document_->setParent(this);
        // A message belongs to what caused it: any later change to the
        // project (an edit, an undo, a redo) clears it first.
        connect(document_, &ProjectDocument::changed, messageBar_, &MessageBar::clear);
        connect(document_, &ProjectDocument::problem, messageBar_,
                [this](const QString& message) { messageBar_->showMessage(message); });
        connect(document_, &ProjectDocument::notice, messageBar_, &MessageBar::showNotice);
        connect(document_, &ProjectDocument::written, messageBar_, &MessageBar::showWritten);
        connect(document_, &ProjectDocument::undoStateChanged, this, &MainWindow::updateActions);
        connect(document_, &ProjectDocument::openRequested, this,
                [this](const QString& stage, const QString& kind, qint64 id) {
                    openRecord(stage, kind, id);
                });
        connect(document_, &ProjectDocument::changed, this, [this] {
            updateTitle();
            updateMissing();
        });
        // The first stage's page is built now; the others the first time they
        // are shown, so opening a partnership paints its window as soon as the
        // first stage is ready. A stage not built yet says what it will hold.
        for (const auto& stage : stages::all()) {
            if (!stage.built()) {
                stages_->addWidget(new StagePlaceholder(
                    QString::fromUtf8(stage.title.data(),
                                      static_cast<qsizetype>(stage.title.size())),
                    QString::fromUtf8(stage.willHold.data(),
                                      static_cast<qsizetype>(stage.willHold.size()))));
            } else {
                stages_->addWidget(new QWidget);
            }
        }
        pages_.assign(static_cast<std::size_t>(stages_->count()), nullptr);
        buildStagePage(0);
        navigator_->setDocument(document_);
        navigator_->setCurrentRow(0);
        stages_->setCurrentIndex(0);
        stack_->setCurrentWidget(workspace_);
        readOnlyBanner_->setText(QString::fromStdString(document_->project().readOnlyReason()));
        readOnlyBanner_->setVisible(document_->isReadOnly());
        if (!document_->project().upgradeBackupPath().empty()) {
            messageBar_->showNotice(
                tr("This partnership was made by an earlier version of Jointly and has been "
                   "upgraded; your edits can still be undone. A copy of the file as it was is "
                   "kept at %1.")
                    .arg(QString::fromStdString(document_->project().upgradeBackupPath())));
        } else if (const auto origin = merge::offlineOrigin(document_->database())) {
            messageBar_->showNotice(
                tr("This is a copy taken to work offline from %1 on %2. When you are done, "
                   "File > Send my changes writes what you changed, to merge back into it.")
                    .arg(QFileInfo(QString::fromStdString(origin->originalFile)).fileName(),
                         QString::fromStdString(origin->takenAt.substr(0, 10))));
        }
    } else {
        // At start the window is not shown yet: the welcome page is made when
        // it is, unless a project is being opened by then (showEvent).
        if (isVisible()) {
            showWelcome();
        } else {
            stack_->setCurrentWidget(opening_);
        }
        readOnlyBanner_->hide();
    }
    updateTitle();
    updateActions();
    updateMissing();
}

void MainWindow::updateTitle() {
    if (!document_) {
        setWindowTitle(tr("Jointly"));
        setWindowFilePath(QString());
        return;
    }
    QString name = document_->partnershipName();
    QString file = QFileInfo(document_->filePath()).fileName();
    QString title = name.isEmpty() ? file : tr("%1 - %2").arg(name, file);
    if (document_->isReadOnly()) {
        title += tr(" (read-only)");
    }
    setWindowTitle(title + tr(" - Jointly"));
}

void MainWindow::showHistory() {
    if (!document_) {
        return;
    }
    auto* dialog = new HistoryDialog(*document_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showSearch() {
    if (!document_) {
        return;
    }
    if (!search_) {
        // Kept while the project is open, so its index is built once.
        search_ = new SearchDialog(*document_, this);
        connect(search_, &SearchDialog::openRequested, this,
                [this](const QString& stage, const QString& kind, const QString&, std::int64_t id) {
                    openRecord(stage, kind, id);
                });
    }
    search_->show();
    search_->raise();
    search_->activateWindow();
    search_->words().setFocus();
    search_->words().selectAll();
}

bool MainWindow::openRecord(const QString& stage, const QString& kind, std::int64_t id) {
    const int row = CycleNavigator::rowOf(stage.toStdString());
    if (row < 0) {
        return false;
    }
    navigator_->setCurrentRow(row);
    if (!goToPlace(kind)) {
        return false;
    }
    // The place found is the kind's table (or form): choose the record there.
    // This window's own focus, not the application's: the search dialog
    // that asked may still be the active window.
    for (auto* widget = focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto* view = qobject_cast<RecordTableView*>(widget)) {
            view->selectId(id);
            break;
        }
    }
    activateWindow();
    return true;
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        AuthorName::set(dialog.chosenName());
        if (document_) {
            document_->project().setAuthor(AuthorName::get().toStdString());
        }
    }
}

void MainWindow::updateActions() {
    const bool open = document_ != nullptr;
    const bool canUndo = open && document_->project().canUndo();
    const bool canRedo = open && document_->project().canRedo();
    undo_->setEnabled(canUndo);
    redo_->setEnabled(canRedo);
    history_->setEnabled(open);
    find_->setEnabled(open);
    // A long label (a deletion that takes much with it) is cut at a word in
    // the menu; the whole of it is the action's tip.
    auto shortened = [](const std::string& label) {
        constexpr qsizetype kLongest = 100;
        QString text = QString::fromStdString(label);
        if (text.size() <= kLongest) {
            return text;
        }
        const auto space = text.lastIndexOf(QLatin1Char(' '), kLongest);
        return text.left(space > 0 ? space : kLongest) + QStringLiteral("\u2026");
    };
    const auto undoLabel = canUndo ? document_->project().undoLabel() : std::string();
    const auto redoLabel = canRedo ? document_->project().redoLabel() : std::string();
    undo_->setText(canUndo ? tr("&Undo %1").arg(shortened(undoLabel)) : tr("&Undo"));
    redo_->setText(canRedo ? tr("&Redo %1").arg(shortened(redoLabel)) : tr("&Redo"));
    undo_->setToolTip(QString::fromStdString(undoLabel));
    redo_->setToolTip(QString::fromStdString(redoLabel));
    undo_->setStatusTip(QString::fromStdString(undoLabel));
    redo_->setStatusTip(QString::fromStdString(redoLabel));
    saveCopy_->setEnabled(open);
    // A copy to work offline takes sites from this file, and a merge
    // changes it: neither in a file open read-only.
    const bool writable = open && !document_->isReadOnly();
    offlineCopy_->setEnabled(writable);
    sendChanges_->setEnabled(open);
    mergeChanges_->setEnabled(writable);
    exportJson_->setEnabled(open);
    exportOcds_->setEnabled(open);
    exportTrace_->setEnabled(open);
    exportTable_->setEnabled(open);
    exportCalendar_->setEnabled(open);
    writeReport_->setEnabled(open);
    close_->setEnabled(open);
}

void MainWindow::updateMissing() {
    const int row = navigator_->currentRow();
    if (!document_ || row < 0 || !CycleNavigator::stageAt(row).built()) {
        missing_->clear();
        return;
    }
    missing_->setProgress(navigator_->progressOf(row));
    missing_->addGaps(navigator_->gapsOf(row));
}

QString MainWindow::guideAnchor() const {
    const int row = navigator_->currentRow();
    if (!document_ || row < 0) {
        return QStringLiteral("top");
    }
    const auto& key = CycleNavigator::stageAt(row).key;
    const QString stage = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    auto* page = stages_->currentWidget();
    auto* tabs =
        page ? page->findChild<QTabWidget*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (tabs && tabs->currentIndex() >= 0) {
        const QString section = GuideWindow::anchorFor(stage, tabs->tabText(tabs->currentIndex()));
        if (GuideWindow::hasAnchor(section)) {
            return section;
        }
    }
    return stage;
}

void MainWindow::showGuide() {
    if (!guideWindow_) {
        guideWindow_ = new GuideWindow(this);
    }
    guideWindow_->showAt(guideAnchor());
}

bool MainWindow::goToPlace(const QString& place) {
    // A record, from a gap in the chain: "record:plan:priority:4".
    if (place.startsWith(QStringLiteral("record:"))) {
        const auto parts = place.split(QLatin1Char(':'));
        return parts.size() == 4 && openRecord(parts[1], parts[2], parts[3].toLongLong());
    }
    auto* page = stages_->currentWidget();
    return page && PlaceFinder::goTo(*page, place);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    if (!document_ && stack_->currentWidget() == opening_ && opening_->text().isEmpty()) {
        showWelcome();
    }
}

void MainWindow::showWelcome() {
    // Built the first time it is needed: a window opening a project at start
    // paints sooner without it.
    if (!welcome_) {
        auto* welcome = new WelcomePage;
        welcome_ = welcome;
        connect(welcome, &WelcomePage::newRequested, this, &MainWindow::newProject);
        connect(welcome, &WelcomePage::openRequested, this, &MainWindow::openProject);
        connect(welcome, &WelcomePage::exampleRequested, this, &MainWindow::openExample);
        stack_->addWidget(welcome_);
    }
    stack_->setCurrentWidget(welcome_);
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    // On a narrow screen (a 1024-pixel projector) the list of stages gives
    // the stage its room: its words wrap instead.
    const bool narrow = width() < 1200;
    navigator_->setMinimumWidth(narrow ? 150 : 190);
    navigator_->setMaximumWidth(narrow ? 160 : 240);
    missing_->setMaximumWidth(narrow ? 160 : 240);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    setDocument(nullptr);
    event->accept();
}

} // namespace jointly::ui

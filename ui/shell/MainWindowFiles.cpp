#include "ui/shell/MainWindow.h"

#include "calendar/IcsExport.h"
#include "trace/TraceMatrix.h"

#include "interchange/ProjectJson.h"
#include "project/Project.h"
#include "stages/Stage.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/FileFolders.h"
#include "ui/common/ProjectDocument.h"
#include "ui/common/RecordTableView.h"
#include "ui/common/TableExportFlow.h"
#include "ui/documents/ExampleFiles.h"
#include "ui/procure/OcdsExportFlow.h"
#include "ui/shell/BackgroundOpen.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/NewPartnershipDialog.h"
#include "ui/shell/ReportDialog.h"
#include "ui/shell/StagePages.h"
#include "util/Text.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>

// MainWindow's File menu: new, open, the example, recent files, save a copy,
// JSON in and out, and the procurements as open contracting data. The window itself is in
// MainWindow.cpp.
namespace jointly::ui {

namespace {
constexpr int kMaxRecent = 8;
const char* const kRecentKey = "recentFiles";
} // namespace

bool MainWindow::openFileQuietly(const QString& path, bool readOnly, bool breakStaleLock,
                                 QString* problem) {
    project::OpenOptions options;
    options.readOnly = readOnly;
    options.breakStaleLock = breakStaleLock;
    auto opened = openInBackground(path, options, this);
    if (!opened.ok()) {
        if (problem) {
            *problem = QString::fromStdString(opened.error().message);
        }
        return false;
    }
    setDocument(std::make_unique<ProjectDocument>(std::move(opened.value())));
    rememberRecent(path);
    return true;
}

bool MainWindow::openFile(const QString& path) {
    project::OpenOptions options;
    auto opened = openInBackground(path, options, this);
    if (!opened.ok() && opened.error().kind == ErrorKind::Locked) {
        auto answer = QMessageBox::question(
            this, tr("Partnership already open"),
            QString::fromStdString(opened.error().message) + tr("\n\nOpen it read-only?"),
            QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open) {
            return false;
        }
        options.readOnly = true;
        opened = openInBackground(path, options, this);
    } else if (!opened.ok() && opened.error().kind == ErrorKind::StaleLock) {
        QMessageBox box(QMessageBox::Question, tr("Partnership left open"),
                        QString::fromStdString(opened.error().message), QMessageBox::NoButton,
                        this);
        auto* breakLock = box.addButton(tr("Break the lock and open"), QMessageBox::AcceptRole);
        auto* readOnly = box.addButton(tr("Open read-only"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == breakLock) {
            options.breakStaleLock = true;
        } else if (box.clickedButton() == readOnly) {
            options.readOnly = true;
        } else {
            return false;
        }
        opened = openInBackground(path, options, this);
    }
    if (!opened.ok()) {
        QMessageBox::warning(this, tr("Cannot open the partnership"),
                             QString::fromStdString(opened.error().message));
        return false;
    }
    setDocument(std::make_unique<ProjectDocument>(std::move(opened.value())));
    rememberRecent(path);
    return true;
}

bool MainWindow::createProject(const QString& path, const QString& name) {
    auto created = project::Project::create(path.toStdString(), name.toStdString());
    if (!created.ok()) {
        messageBar_->showMessage(QString::fromStdString(created.error().message));
        return false;
    }
    setDocument(std::make_unique<ProjectDocument>(std::move(created.value())));
    rememberRecent(path);
    // A new partnership starts with its aims: put the keyboard there, not on
    // the stage list, where typing would jump between stages.
    const auto* first = stagePageFor(stages::all().front().key);
    if (first && first->firstField) {
        if (auto* field = first->firstField(pages_.front())) {
            field->setFocus();
        }
    }
    return true;
}

bool MainWindow::openExample() {
    QString problem;
    QString copy = workingCopyOfExample(problem);
    if (copy.isEmpty()) {
        messageBar_->showMessage(problem);
        return false;
    }
    return openFile(copy);
}

void MainWindow::openAfterShowing(const QString& path) {
    opening_->setText(path.isEmpty() ? tr("Opening the example partnership...")
                                     : tr("Opening %1...").arg(QFileInfo(path).fileName()));
    stack_->setCurrentWidget(opening_);
    QTimer::singleShot(0, this, [this, path] {
        const bool opened = path.isEmpty() ? openExample() : openFile(path);
        if (!opened && !document_) {
            showWelcome();
        }
    });
}

void MainWindow::closeProject() {
    setDocument(nullptr);
}

void MainWindow::newProject() {
    NewPartnershipDialog dialog(FileFolders::startFolder(), this);
    if (dialog.exec() == QDialog::Accepted) {
        createProject(dialog.filePath(), dialog.partnershipName());
    }
}

void MainWindow::openProject() {
    QString path =
        QFileDialog::getOpenFileName(this, tr("Open a partnership"), FileFolders::startFolder(),
                                     tr("Jointly projects (*.jointly);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::saveCopyAs() {
    if (!document_) {
        return;
    }
    QFileInfo current(document_->filePath());
    const QString name = document_->partnershipName().isEmpty() ? current.completeBaseName()
                                                                : document_->partnershipName();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy as"),
        QDir(FileFolders::startFolder())
            .filePath(FileFolders::safeFileName(tr("%1 (copy)").arg(name)) +
                      QStringLiteral(".jointly")),
        tr("Jointly projects (*.jointly)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".jointly"))) {
        path += QStringLiteral(".jointly");
    }
    if (document_->check(document_->project().saveCopyAs(path.toStdString()))) {
        FileFolders::remember(path);
        messageBar_->showWritten(tr("A copy was saved as %1. You are still working in %2.")
                                     .arg(QDir::toNativeSeparators(path), current.fileName()),
                                 path);
    }
}

void MainWindow::rememberRecent(const QString& path) {
    FileFolders::remember(path);
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    int number = 1;
    for (const auto& path : recent) {
        auto* action =
            recentMenu_->addAction(tr("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()), this,
                                   [this, path] { openFile(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

bool MainWindow::exportJsonTo(const QString& jsonPath) {
    if (!document_) {
        return false;
    }
    Status written = success();
    const auto project = document_->filePath().toStdString();
    const auto out = jsonPath.toStdString();
    runInBackground(tr("Exporting"), tr("Writing %1...").arg(QFileInfo(jsonPath).fileName()), this,
                    [&] { written = interchange::writeProjectJson(project, out); });
    if (!written.ok()) {
        messageBar_->showMessage(QString::fromStdString(written.error().message));
        return false;
    }
    FileFolders::remember(jsonPath);
    messageBar_->showWritten(
        tr("The whole project was written as JSON to %1.").arg(QDir::toNativeSeparators(jsonPath)),
        jsonPath);
    return true;
}

bool MainWindow::importJsonFrom(const QString& jsonPath, const QString& projectPath) {
    Status made = success();
    const auto in = jsonPath.toStdString();
    const auto out = projectPath.toStdString();
    runInBackground(tr("Importing"),
                    tr("Checking and reading %1...").arg(QFileInfo(jsonPath).fileName()), this,
                    [&] { made = interchange::importProjectJson(in, out); });
    if (!made.ok()) {
        messageBar_->showMessage(QString::fromStdString(made.error().message));
        return false;
    }
    return openFile(projectPath);
}

void MainWindow::exportJson() {
    if (!document_) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export as JSON"),
        FileFolders::suggestedPath(document_->partnershipName(), QString(), QStringLiteral("json")),
        tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".json"))) {
        path += QStringLiteral(".json");
    }
    exportJsonTo(path);
}

void MainWindow::exportTraceMatrix() {
    if (!document_) {
        return;
    }
    const auto path =
        FileFolders::askSpreadsheetOrWebPage(this, tr("Export the traceability matrix"),
                                             document_->partnershipName(), tr("traceability"));
    if (!path.isEmpty()) {
        exportTraceMatrixTo(path);
    }
}

bool MainWindow::exportTraceMatrixTo(const QString& path) {
    if (!document_) {
        return false;
    }
    Outcome<std::size_t> written = Error{ErrorKind::Storage, "The matrix was not written."};
    const auto out = path.toStdString();
    document_->readSafely([&] { written = trace::writeTraceMatrix(document_->database(), out); });
    if (!written.ok()) {
        messageBar_->showMessage(QString::fromStdString(written.error().message));
        return false;
    }
    FileFolders::remember(path);
    const auto chains = written.value();
    messageBar_->showWritten(tr("The traceability matrix, %1, was written to %2.")
                                 .arg(chains == 1 ? tr("1 chain") : tr("%1 chains").arg(chains))
                                 .arg(QDir::toNativeSeparators(path)),
                             path);
    return true;
}

void MainWindow::exportTable() {
    if (!document_) {
        return;
    }
    // The table this window's keyboard is in, else the one it was last in.
    for (auto* widget = focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto* view = qobject_cast<RecordTableView*>(widget)) {
            lastTable_ = view;
            break;
        }
    }
    if (!lastTable_ || !lastTable_->isVisible()) {
        messageBar_->showMessage(tr("Click in the table you want to export, then choose File > "
                                    "Export table again. (Each table's right-click menu also has "
                                    "Export this table.)"));
        return;
    }
    ui::exportTable(*document_, lastTable_->kind(), this);
}

void MainWindow::exportCalendar() {
    if (!document_) {
        return;
    }
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export the calendar"),
                                     FileFolders::suggestedPath(document_->partnershipName(),
                                                                tr("Dates"), QStringLiteral("ics")),
                                     tr("iCalendar files (*.ics)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".ics"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".ics");
    }
    exportCalendarTo(path);
}

bool MainWindow::exportCalendarTo(const QString& path) {
    if (!document_) {
        return false;
    }
    Outcome<std::size_t> written = Error{ErrorKind::Storage, "The calendar was not written."};
    const auto out = path.toStdString();
    document_->readSafely(
        [&] { written = calendar::exportCalendar(document_->database(), out, util::nowUtc()); });
    if (!written.ok()) {
        messageBar_->showMessage(QString::fromStdString(written.error().message));
        return false;
    }
    FileFolders::remember(path);
    const auto dates = written.value();
    messageBar_->showWritten(
        tr("%1 written to %2. Import it into your calendar; importing a later export updates "
           "them.")
            .arg(dates == 1 ? tr("1 date") : tr("%1 dates").arg(dates))
            .arg(QDir::toNativeSeparators(path)),
        path);
    return true;
}

void MainWindow::writeReport() {
    if (document_) {
        ReportDialog dialog(*document_, this);
        dialog.exec();
    }
}

void MainWindow::exportOcds() {
    if (document_) {
        exportProcurementsAsOcds(*document_, this);
    }
}

void MainWindow::importJson() {
    const QString json =
        QFileDialog::getOpenFileName(this, tr("New partnership from JSON"),
                                     FileFolders::startFolder(), tr("JSON files (*.json)"));
    if (json.isEmpty()) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the new partnership as"),
        QFileInfo(json).absolutePath() + QStringLiteral("/") + QFileInfo(json).completeBaseName() +
            QStringLiteral(".jointly"),
        tr("Jointly projects (*.jointly)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".jointly"))) {
        path += QStringLiteral(".jointly");
    }
    importJsonFrom(json, path);
}

} // namespace jointly::ui

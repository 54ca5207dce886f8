#pragma once

#include "Outcome.h"
#include "project/Project.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <span>
#include <string_view>

namespace jointly::ui {

// The open project as the window sees it: owns the core Project, turns its
// change notices into a Qt signal, and reports failures as sentences.
// Views read through database() with core functions and edit through core
// functions that take project(); none of them runs SQL.
class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(std::unique_ptr<project::Project> project, QObject* parent = nullptr);
    ~ProjectDocument() override;

    project::Project& project() { return *project_; }
    storage::Database& database() { return project_->database(); }
    QString filePath() const;
    // A connection of its own to the same file, read-only, for work done off
    // the window's thread while the window goes on using the document's.
    Outcome<std::unique_ptr<project::Project>> openReader() const;
    bool isReadOnly() const { return project_->isReadOnly(); }
    QString partnershipName();

    // Lends the project to a worker thread for a change that may take a
    // while (a merge, a copy to work offline), showing `label` with a bar
    // and Cancel over `window` if it takes more than a moment. Meanwhile
    // every window ignores the keyboard and mouse, so nothing on the
    // window's thread touches the project's connection; the change's notice
    // (changed()) is given afterwards, on the window's thread. `work` gets
    // the project and a function to call with the percentage done, which
    // returns false once Cancel has been pressed.
    void changeInBackground(
        const QString& title, const QString& label, QWidget* window,
        const std::function<void(project::Project&, const std::function<bool(int)>& report)>& work);
    // The same for a change that can neither say how far it has come nor
    // stop part way (writing a copy): a busy dialog, without Cancel.
    void changeInBackground(const QString& title, const QString& label, QWidget* window,
                            const std::function<void(project::Project&)>& work);

    // Shows an error from an edit (if any) and returns whether it succeeded.
    bool check(const Status& status);
    // Tells the user, when they try to type or edit in a read-only project,
    // why nothing they do is saved.
    void refuseReadOnlyEdit();

public slots:
    void undo();
    void redo();

    // Runs a view's read of the file. A read that meets a damaged page or a
    // failing disk is reported as a sentence through problem() (the message
    // bar shows it) instead of unwinding through Qt's event loop. Returns
    // whether the read worked.
    bool readSafely(const std::function<void()>& read);

    // Whether an edit that touched these tables touched any a view reads,
    // as the core declares beside its loaders (planning::kReconciliationReads).
    static bool touchesAny(const QSet<QString>& touched, std::span<const std::string_view> reads);

signals:
    // Emitted after every edit, undo or redo, with the tables it touched.
    void changed(const QSet<QString>& tables);
    void undoStateChanged();
    // Something the user should read: a problem (an edit refused, a file
    // that could not be read) or a notice (what an import did).
    void problem(const QString& message);
    void notice(const QString& message);
    // A file was written from the project (an export): the sentence saying
    // where, and the file, so the window can offer to show its folder.
    void written(const QString& message, const QString& filePath);
    // A dialog (a record's chain, a gap) asks the window to show a record on
    // its page: the stage's key, the kind in the users' words, its id.
    void openRequested(const QString& stage, const QString& kind, qint64 id);

private:
    // Passes the project's notices of edits on as changed().
    void listen();
    void announce(const history::TouchedTables& tables);
    // Runs `run` (which lends the project to a worker) with the project's
    // notices held back, then gives them on the window's thread.
    void holdingNotices(const std::function<void()>& run);

    std::unique_ptr<project::Project> project_;
};

} // namespace jointly::ui

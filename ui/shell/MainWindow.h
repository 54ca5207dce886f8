#pragma once

#include <QMainWindow>
#include <QPointer>

#include "ui/common/SearchDialog.h"

#include <memory>
#include <string_view>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace jointly::ui {

class CycleNavigator;
class GuideWindow;
class MessageBar;
class ProjectDocument;
class RecordTableView;
class SearchDialog;
class StillToDoList;

// The main window: the cycle navigator on the left, the chosen stage on the
// right, and the File, Edit and Help menus.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project; asks about read-only or a stale lock when needed.
    // Returns false (after telling the user why) if it could not be opened.
    bool openFile(const QString& path);
    // Opens a project without asking; for tests and the command line.
    bool openFileQuietly(const QString& path, bool readOnly, bool breakStaleLock,
                         QString* problem = nullptr);
    bool createProject(const QString& path, const QString& name);
    bool openExample();
    // Says "Opening ..." at once and opens the project (the example when
    // `path` is empty) once the window has painted: for the start of the
    // program, so the window appears before the file is checked and opened.
    // If it cannot be opened, the welcome page shows with the reason.
    void openAfterShowing(const QString& path);
    // The whole project as JSON (File > Export as JSON), and a new project
    // made from such a file and opened (File > New from JSON); for tests and
    // the menu's dialogs. Problems are shown in the message bar.
    bool exportJsonTo(const QString& jsonPath);
    // Writes the traceability matrix as CSV or HTML (by the path's ending).
    bool exportTraceMatrixTo(const QString& path);
    bool exportCalendarTo(const QString& path);
    bool importJsonFrom(const QString& jsonPath, const QString& projectPath);
    void closeProject();
    // Goes to where a "still to do" item of the stage shown is done (see
    // StageProgress::places); false when the stage's page has no such place.
    bool goToPlace(const QString& place);
    // The guide's section for the page shown (F1 opens it there).
    QString guideAnchor() const;
    GuideWindow* guideWindow() const { return guideWindow_; }

    ProjectDocument* document() const { return document_; }
    // The page of the stage with this key ("plan"), once it has been built
    // (the first stage's at once, the others when first shown); nullptr
    // before, and for a stage not built yet.
    QWidget* stagePage(std::string_view key) const;
    template <class Page> Page* page(std::string_view key) const {
        return dynamic_cast<Page*>(stagePage(key));
    }
    CycleNavigator& navigator() { return *navigator_; }
    MessageBar& messageBar() { return *messageBar_; }
    QAction& undoAction() { return *undo_; }
    QAction& redoAction() { return *redo_; }
    QAction& historyAction() { return *history_; }
    QAction& findAction() { return *find_; }
    SearchDialog* searchDialog() const { return search_; }

public slots:
    void showGuide();
    void newProject();
    void openProject();
    void saveCopyAs();
    void exportJson();
    void exportOcds();
    void exportTraceMatrix();
    // File > Export table: the table last worked in, as XLSX or CSV.
    void exportTable();
    // File > Export calendar: the partnership's dates as iCalendar.
    void exportCalendar();
    void writeReport();
    void importJson();
    // Edit > Change history: the project's history, with filters.
    void showHistory();
    // Edit > Preferences: the name the history gives for this person.
    void showPreferences();
    // Edit > Find (Ctrl+F): search every record's text.
    void showSearch();
    // Shows the record: its stage's page, the table or form of its kind,
    // and the record chosen there. False when no page shows that kind.
    bool openRecord(const QString& stage, const QString& kind, std::int64_t id);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createMenus();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    // Closes the project shown, its pages first.
    void dropDocument();
    void showWelcome();
    void updateTitle();
    void updateActions();
    void updateMissing();
    // Builds the page of the stage in this row of the navigator, if it has
    // one not built yet, in place of its stand-in.
    void buildStagePage(int row);
    void rememberRecent(const QString& path);
    void rebuildRecentMenu();

    ProjectDocument* document_ = nullptr;
    QStackedWidget* stack_;
    QWidget* welcome_ = nullptr;
    QLabel* opening_;
    QWidget* workspace_;
    CycleNavigator* navigator_;
    StillToDoList* missing_;
    GuideWindow* guideWindow_ = nullptr;
    QAction* guide_ = nullptr;
    QStackedWidget* stages_;
    // The built page of each row of the navigator; nullptr until built.
    std::vector<QWidget*> pages_;
    MessageBar* messageBar_;
    QLabel* readOnlyBanner_;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    QAction* history_ = nullptr;
    QAction* find_ = nullptr;
    QPointer<SearchDialog> search_;
    QAction* saveCopy_ = nullptr;
    QAction* offlineCopy_ = nullptr;
    QAction* sendChanges_ = nullptr;
    QAction* mergeChanges_ = nullptr;
    QAction* exportJson_ = nullptr;
    QAction* exportOcds_ = nullptr;
    QAction* exportTrace_ = nullptr;
    QAction* exportTable_ = nullptr;
    QAction* exportCalendar_ = nullptr;
    QAction* writeReport_ = nullptr;
    // The table the keyboard was last in, for File > Export table.
    QPointer<RecordTableView> lastTable_;
    QAction* close_ = nullptr;
    QMenu* recentMenu_ = nullptr;
};

} // namespace jointly::ui

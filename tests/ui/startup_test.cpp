#include <catch2/catch.hpp>

#include "UiTestSupport.h"

#include "ui/common/ProjectDocument.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/MessageBar.h"
#include "ui/shell/WelcomePage.h"

#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>

using namespace jointly;

namespace {

// Notes whether "Opening ..." was on show when the window first painted.
class FirstPaintWatch : public QObject {
public:
    explicit FirstPaintWatch(QLabel* opening) : opening_(opening) {}
    bool painted = false;
    bool openingShownThen = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            openingShownThen = opening_->isVisible();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLabel* opening_;
};

} // namespace

TEST_CASE("at start the window paints saying what it opens, then shows the project",
          "[ui][startup]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("Eastvale.jointly"));
    REQUIRE(project::Project::create(path.toStdString(), "Eastvale").ok());
    ui::MainWindow window;
    window.openAfterShowing(path);
    auto* opening = window.findChild<QLabel*>(QStringLiteral("opening"));
    REQUIRE(opening);
    CHECK(opening->text() == QStringLiteral("Opening Eastvale.jointly..."));
    FirstPaintWatch watch(opening);
    window.installEventFilter(&watch);
    REQUIRE(test::showActive(window));
    REQUIRE(QTest::qWaitFor([&] { return window.document() != nullptr; }, 5000));
    // The window painted first, saying what it was opening.
    CHECK(watch.painted);
    CHECK(watch.openingShownThen);
    CHECK(window.document()->partnershipName() == QStringLiteral("Eastvale"));
    CHECK_FALSE(opening->isVisible());
    // No welcome page was made on the way.
    CHECK(window.findChild<ui::WelcomePage*>() == nullptr);
}

TEST_CASE("a project that cannot be opened at start leaves the welcome page and says why",
          "[ui][startup]") {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("Missing.jointly"));
    ui::MainWindow window;
    QString said;
    test::whenDialogOpens([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        said = box->text();
        box->accept();
    });
    window.openAfterShowing(path);
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<ui::WelcomePage*>() != nullptr; }, 5000));
    CHECK(window.findChild<ui::WelcomePage*>()->isVisible());
    CHECK(window.document() == nullptr);
    INFO(said.toStdString());
    CHECK(said.contains(QStringLiteral("Missing.jointly")));
}

TEST_CASE("a window started with nothing to open shows the welcome page", "[ui][startup]") {
    ui::MainWindow window;
    CHECK(window.findChild<ui::WelcomePage*>() == nullptr); // not made until shown
    REQUIRE(test::showActive(window));
    REQUIRE(window.findChild<ui::WelcomePage*>());
    CHECK(window.findChild<ui::WelcomePage*>()->isVisible());
    CHECK(window.windowTitle() == QStringLiteral("Jointly"));
}

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

// Jointly, started on a project as a user starts it, stays open until the
// user closes it. (The start-up benchmark's reporter once armed its
// 20-second quit on every start, benchmark or not, and the window closed
// itself in the middle of people's work.)
TEST_CASE("the window opened on a project is still open half a minute later", "[app]") {
    QTemporaryDir folder;
    const auto copy = folder.filePath(QStringLiteral("Westshire.jointly"));
    REQUIRE(QFile::copy(QStringLiteral(JOINTLY_EXAMPLE_FILE), copy));
    QProcess jointly;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), folder.path());
    environment.remove(QStringLiteral("JOINTLY_REPORT_FIRST_PAINT"));
    jointly.setProcessEnvironment(environment);
    jointly.start(QStringLiteral(JOINTLY_APP), {copy});
    REQUIRE(jointly.waitForStarted(10000));
    // Past the 20 seconds the benchmark's reporter waits for.
    CHECK_FALSE(jointly.waitForFinished(25000));
    CHECK(jointly.state() == QProcess::Running);
    jointly.terminate(); // as the desktop asks a program to close
    CHECK(jointly.waitForFinished(10000));
    CHECK(jointly.exitStatus() == QProcess::NormalExit);
}

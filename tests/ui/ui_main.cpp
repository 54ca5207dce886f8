#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

// The UI tests need one QApplication for the whole run. They run on the
// offscreen platform and in Qt's test mode, so they never touch the user's
// settings or data folder, and each run has a home folder of its own, so
// test processes that CTest runs side by side never share settings (the
// last folder used) or the example's working copy (and its lock).
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QTemporaryDir home;
    if (home.isValid()) {
        qputenv("HOME", home.path().toLocal8Bit());
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JointlyTests"));
    QApplication::setApplicationName(QStringLiteral("JointlyTests"));
    return Catch::Session().run(argc, argv);
}

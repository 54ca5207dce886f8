#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

// The UI tests need one QApplication for the whole run. They run on the
// offscreen platform and in Qt's test mode, so they never touch the user's
// settings or data folder.
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("JointlyTests"));
    QApplication::setApplicationName(QStringLiteral("JointlyTests"));
    return Catch::Session().run(argc, argv);
}

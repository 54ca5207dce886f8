#include "CommandLine.h"
#include "FirstPaintReporter.h"
#include "SafeApplication.h"
#include "TerminationWatcher.h"
#include "ui/shell/MainWindow.h"

#include <iostream>

int main(int argc, char** argv) {
    if (auto code = jointly::app::runCommandLine(argc, argv, std::cout, std::cerr)) {
        return *code;
    }
    jointly::app::SafeApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Jointly"));
    QApplication::setOrganizationName(QStringLiteral("Jointly"));
    QApplication::setApplicationVersion(QStringLiteral(JOINTLY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.jointly.Jointly"));

    jointly::ui::MainWindow window;
    const QStringList arguments = app.arguments().mid(1);
    QString file;
    bool example = false;
    for (const auto& argument : arguments) {
        if (argument == QStringLiteral("--example")) {
            example = true;
        } else if (!argument.startsWith(QLatin1Char('-'))) {
            file = argument;
        }
    }
    jointly::app::TerminationWatcher termination(&app, [&window] { window.close(); });
    jointly::app::FirstPaintReporter reporter(example || !file.isEmpty());
    if (qEnvironmentVariableIsSet("JOINTLY_REPORT_FIRST_PAINT")) {
        reporter.watch(window);
    }
    // The window paints first, saying what it is opening; the project (whose
    // file is checked as it opens) follows straight after.
    if (example) {
        window.openAfterShowing(QString());
    } else if (!file.isEmpty()) {
        window.openAfterShowing(file);
    }
    window.show();
    return app.exec();
}

#include "ui/documents/ExampleFiles.h"

#include "project/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace jointly::ui {

QString shippedExamplePath() {
    const QString fromEnvironment = qEnvironmentVariable("JOINTLY_EXAMPLE_FILE");
    if (!fromEnvironment.isEmpty()) {
        return QFileInfo::exists(fromEnvironment) ? fromEnvironment : QString();
    }
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        here + QStringLiteral("/../resources/example/Westshire.jointly"),
        here + QStringLiteral("/../../resources/example/Westshire.jointly"),
        here + QStringLiteral("/../share/jointly/example/Westshire.jointly"),
    };
    for (const auto& candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return {};
}

QString workingCopyOfExample(QString& problem) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString copy = folder + QStringLiteral("/Westshire example.jointly");
    if (QFileInfo::exists(copy)) {
        return copy;
    }
    const QString shipped = shippedExamplePath();
    if (shipped.isEmpty()) {
        problem = QObject::tr("The example partnership is missing from this installation of "
                              "Jointly. Reinstall Jointly, or set JOINTLY_EXAMPLE_FILE.");
        return {};
    }
    if (!QDir().mkpath(folder)) {
        problem = QObject::tr("Jointly cannot create its data folder %1.").arg(folder);
        return {};
    }
    project::OpenOptions options;
    options.readOnly = true;
    auto example = project::Project::open(shipped.toStdString(), options);
    if (!example.ok()) {
        problem = QString::fromStdString(example.error().message);
        return {};
    }
    auto copied = example.value()->saveCopyAs(copy.toStdString());
    if (!copied.ok()) {
        problem = QString::fromStdString(copied.error().message);
        return {};
    }
    return copy;
}

} // namespace jointly::ui

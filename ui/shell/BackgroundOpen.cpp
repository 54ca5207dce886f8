#include "ui/shell/BackgroundOpen.h"

#include "stages/ProjectOpening.h"
#include "ui/common/BackgroundTask.h"

#include <QFileInfo>

#include <optional>

namespace jointly::ui {

Outcome<std::unique_ptr<project::Project>>
openInBackground(const QString& path, const project::OpenOptions& options, QWidget* window) {
    std::optional<Outcome<std::unique_ptr<project::Project>>> result;
    const std::string file = path.toStdString();
    runInBackground(QObject::tr("Opening"),
                    QObject::tr("Checking and opening %1...").arg(QFileInfo(path).fileName()),
                    window, [&] { result.emplace(stages::openProject(file, options)); });
    return std::move(*result);
}

} // namespace jointly::ui

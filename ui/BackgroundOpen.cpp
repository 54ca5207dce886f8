#include "ui/BackgroundOpen.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

#include <optional>

namespace jointly::ui {

Outcome<std::unique_ptr<project::Project>>
openInBackground(const QString& path, const project::OpenOptions& options, QWidget* window) {
    std::optional<Outcome<std::unique_ptr<project::Project>>> result;
    const std::string file = path.toStdString();
    std::unique_ptr<QThread> worker(
        QThread::create([&] { result.emplace(project::Project::open(file, options)); }));
    QProgressDialog progress(
        QObject::tr("Checking and opening %1...").arg(QFileInfo(path).fileName()), QString(), 0, 0,
        window);
    progress.setWindowTitle(QObject::tr("Opening"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    return std::move(*result);
}

} // namespace jointly::ui

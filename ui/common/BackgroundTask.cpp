#include "ui/common/BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace jointly::ui {

void runInBackground(const QString& title, const QString& label, QWidget* window,
                     const std::function<void()>& work) {
    std::unique_ptr<QThread> worker(QThread::create(work));
    QProgressDialog progress(label, QString(), 0, 0, window);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setValue(0);
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
}

} // namespace jointly::ui

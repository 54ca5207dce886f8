#include "ui/common/BackgroundTask.h"

#include "ui/common/InputHold.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <memory>

namespace jointly::ui {

void runInBackground(const QString& title, const QString& label, QWidget* window,
                     const std::function<void()>& work, Meanwhile meanwhile) {
    std::unique_ptr<QThread> worker(QThread::create(work));
    QProgressDialog progress(label, QString(), 0, 0, window);
    progress.setWindowTitle(title);
    progress.setWindowModality(meanwhile == Meanwhile::EverythingWaits ? Qt::ApplicationModal
                                                                       : Qt::WindowModal);
    progress.setMinimumDuration(400);
    std::unique_ptr<InputHold> hold;
    if (meanwhile == Meanwhile::EverythingWaits) {
        hold = std::make_unique<InputHold>(&progress);
    }
    progress.setValue(0);
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
}

void runWithProgress(const QString& title, const QString& label, QWidget* window,
                     const std::function<void(const std::function<bool(int)>& report)>& work,
                     Meanwhile meanwhile) {
    std::atomic<int> percent{0};
    std::atomic<bool> cancelled{false};
    std::unique_ptr<QThread> worker(QThread::create([&] {
        work([&](int done) {
            percent = done;
            return !cancelled.load();
        });
    }));
    QProgressDialog progress(label, QObject::tr("Cancel"), 0, 100, window);
    progress.setWindowTitle(title);
    progress.setWindowModality(meanwhile == Meanwhile::EverythingWaits ? Qt::ApplicationModal
                                                                       : Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::unique_ptr<InputHold> hold;
    if (meanwhile == Meanwhile::EverythingWaits) {
        hold = std::make_unique<InputHold>(&progress);
    }
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    // Escape closes the dialog without pressing Cancel: it cancels too.
    QObject::connect(&progress, &QDialog::rejected, [&] { cancelled = true; });
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] { progress.setValue(percent.load()); });
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
}

} // namespace jointly::ui

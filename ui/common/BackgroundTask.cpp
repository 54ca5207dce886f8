#include "ui/common/BackgroundTask.h"

#include "ui/common/InputHold.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QShortcut>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <exception>
#include <memory>

namespace jointly::ui {

namespace {

// Runs `work` on a worker thread while the window's thread waits in an event
// loop; anything `work` throws is thrown again here, on the window's thread
// (where the application's safety net turns it into a sentence), instead of
// ending the program on the worker's.
void runOnWorker(const std::function<void()>& work, const std::function<void()>& started = {}) {
    std::exception_ptr failure;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        try {
            work();
        } catch (...) {
            failure = std::current_exception();
        }
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    if (started) {
        started();
    }
    loop.exec();
    worker->wait();
    if (failure) {
        std::rethrow_exception(failure);
    }
}

void setUp(QProgressDialog& progress, const QString& title, Meanwhile meanwhile,
           std::unique_ptr<InputHold>& hold) {
    progress.setWindowTitle(title);
    progress.setWindowModality(meanwhile == Meanwhile::EverythingWaits ? Qt::ApplicationModal
                                                                       : Qt::WindowModal);
    if (meanwhile == Meanwhile::EverythingWaits) {
        hold = std::make_unique<InputHold>(&progress);
    }
}

} // namespace

void runInBackground(const QString& title, const QString& label, QWidget* window,
                     const std::function<void()>& work, Meanwhile meanwhile) {
    QProgressDialog progress(label, QString(), 0, 0, window);
    std::unique_ptr<InputHold> hold;
    setUp(progress, title, meanwhile, hold);
    // Work that cannot stop part way: neither Escape nor the window's close
    // button takes the dialog away while it runs.
    progress.setWindowFlag(Qt::WindowCloseButtonHint, false);
    for (auto* shortcut : progress.findChildren<QShortcut*>()) {
        shortcut->setEnabled(false);
    }
    progress.setMinimumDuration(400);
    progress.setValue(0);
    runOnWorker(work);
}

void runWithProgress(const QString& title, const QString& label, QWidget* window,
                     const std::function<void(const std::function<bool(int)>& report)>& work,
                     Meanwhile meanwhile) {
    std::atomic<int> percent{0};
    std::atomic<bool> cancelled{false};
    QProgressDialog progress(label, QObject::tr("Cancel"), 0, 100, window);
    std::unique_ptr<InputHold> hold;
    setUp(progress, title, meanwhile, hold);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QObject::connect(&progress, &QProgressDialog::canceled, [&] { cancelled = true; });
    // Escape closes the dialog without pressing Cancel: it cancels too.
    QObject::connect(&progress, &QDialog::rejected, [&] { cancelled = true; });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        // Once cancelled the dialog stays closed while the work winds up.
        if (!cancelled.load()) {
            progress.setValue(percent.load());
        }
    });
    runOnWorker(
        [&] {
            work([&](int done) {
                percent = done;
                return !cancelled.load();
            });
        },
        [&] { poll.start(); });
}

} // namespace jointly::ui

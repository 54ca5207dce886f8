#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

#include <csignal>

namespace jointly::app {

// Closes the main window when the session ends Jointly with SIGTERM or the
// user presses Ctrl+C in a terminal, so the project's lock is released as on
// File > Quit. The signal handler only sets a flag; a timer in the event loop
// notices it, since little else is safe inside a signal handler.
class TerminationWatcher : public QObject {
public:
    explicit TerminationWatcher(QObject* parent, std::function<void()> onTerminate)
        : QObject(parent), onTerminate_(std::move(onTerminate)) {
        std::signal(SIGTERM, &TerminationWatcher::record);
        std::signal(SIGINT, &TerminationWatcher::record);
        connect(&timer_, &QTimer::timeout, this, [this] {
            if (requested_ != 0) {
                requested_ = 0;
                onTerminate_();
            }
        });
        timer_.start(250);
    }

private:
    static void record(int) { requested_ = 1; }

    static inline volatile std::sig_atomic_t requested_ = 0;
    std::function<void()> onTerminate_;
    QTimer timer_;
};

} // namespace jointly::app

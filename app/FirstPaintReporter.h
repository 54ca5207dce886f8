#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace jointly::app {

// For the start-up benchmark: prints "first-paint <nanoseconds since the
// epoch>" when the watched window first paints. When a project is being
// opened it then also prints "project-painted <nanoseconds>" when the window
// first paints with the project in it (its title then names the project), and
// quits; otherwise it quits after the first paint.
class FirstPaintReporter : public QObject {
public:
    explicit FirstPaintReporter(bool waitForProject, QObject* parent = nullptr)
        : QObject(parent), waitForProject_(waitForProject) {}

    // Starts watching the window. Only the benchmark calls this: the app
    // quits when it is done, or after 20 seconds, since a project that
    // cannot be opened paints no project.
    void watch(QWidget& window) {
        window.installEventFilter(this);
        QTimer::singleShot(20000, qApp, &QCoreApplication::quit);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::WindowTitleChange) {
            auto* window = qobject_cast<QWidget*>(watched);
            projectShown_ = window && window->windowTitle() != QStringLiteral("Jointly");
        }
        if (event->type() == QEvent::Paint && !finished_) {
            if (!firstPainted_) {
                firstPainted_ = true;
                report("first-paint");
                finished_ = !waitForProject_;
            } else if (projectShown_) {
                report("project-painted");
                finished_ = true;
            }
            if (finished_) {
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void report(const char* what) {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        std::printf("%s %lld\n", what,
                    static_cast<long long>(
                        std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
        std::fflush(stdout);
    }

    bool waitForProject_;
    bool firstPainted_ = false;
    bool projectShown_ = false;
    bool finished_ = false;
};

} // namespace jointly::app

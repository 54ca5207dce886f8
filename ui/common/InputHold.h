#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace jointly::ui {

// While it lives, every window of the application ignores the keyboard and
// mouse and cannot be closed, except `allowed` (a progress dialog with its
// Cancel button) and what it holds. Used while work on another thread has
// the project, so nothing the user does can reach the project meanwhile,
// even before the progress dialog shows.
class InputHold : public QObject {
public:
    explicit InputHold(QWidget* allowed);
    ~InputHold() override;
    InputHold(const InputHold&) = delete;
    InputHold& operator=(const InputHold&) = delete;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QWidget> allowed_;
};

} // namespace jointly::ui

#pragma once

#include <QWidget>

namespace jointly::ui {

// Shown when no partnership is open: start a new one, open one, or try the
// example partnership.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void newRequested();
    void openRequested();
    void exampleRequested();
};

} // namespace jointly::ui

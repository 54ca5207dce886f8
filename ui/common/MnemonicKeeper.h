#pragma once

#include <QObject>

class QWidget;

namespace jointly::ui {

// Runs resolveMnemonics() on a window whenever something in it is shown
// (another stage, another tab, a panel built for the first time), once the
// showing is over. Installed on the application by the main window.
class MnemonicKeeper : public QObject {
    Q_OBJECT
public:
    explicit MnemonicKeeper(QWidget& window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget& window_;
    bool pending_ = false;
};

} // namespace jointly::ui

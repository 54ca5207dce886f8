#pragma once

#include <QFrame>

class QLabel;

namespace jointly::ui {

// A bar across the top of the window for a problem the user should read
// (a value that does not fit, a file that cannot be written), without a
// dialog in the way. It stays until dismissed or replaced.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& message);
    QString message() const;

private:
    QLabel* label_;
};

} // namespace jointly::ui

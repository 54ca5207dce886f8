#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace jointly::ui {

// A strip along the bottom of the window for what the user should read
// without a dialog in the way: a problem (a value that does not fit, a file
// that cannot be written) or a notice (what an import did). It always keeps
// its place, two lines high, so nothing under the user's hand moves when a
// message comes or goes. A message belongs to the moment that caused it: the
// window clears it when the project changes (any later edit, undo or redo)
// or another project is opened, and the user can dismiss it.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Problem, Notice };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& message, Kind kind = Kind::Problem);
    void showNotice(const QString& message) { showMessage(message, Kind::Notice); }
    // A notice that a file was written, with a button that opens the folder
    // it is in, so the user can find it (to attach it to an e-mail, say).
    void showWritten(const QString& message, const QString& filePath);
    void clear();
    // The message shown, or nothing.
    QString message() const;
    bool isProblem() const { return kind_ == Kind::Problem && !message().isEmpty(); }
    // The folder the Show folder button opens, or nothing when it is hidden.
    QString folderOffered() const { return folder_; }

private:
    QLabel* label_;
    QToolButton* showFolder_;
    QToolButton* dismiss_;
    Kind kind_ = Kind::Problem;
    QString folder_;
};

} // namespace jointly::ui

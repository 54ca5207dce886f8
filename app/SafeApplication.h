#pragma once

#include <QApplication>

namespace jointly::app {

// The application object, with a last line of defence: an exception that
// escapes an event handler (a read that meets a damaged page, a disk that
// fails) is shown to the user as a sentence instead of ending Jointly. Every
// edit is committed as it is made, so nothing already saved is lost.
class SafeApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override;
};

} // namespace jointly::app

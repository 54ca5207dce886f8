// The baseline for the start-up benchmark: a bare QMainWindow that prints the
// time of its first paint ("first-paint <ns since the epoch>") and quits.
#include "../app/FirstPaintReporter.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 720);
    jointly::app::FirstPaintReporter reporter(false);
    window.installEventFilter(&reporter);
    window.show();
    return app.exec();
}

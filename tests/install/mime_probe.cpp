// Prints the MIME type the desktop's shared MIME database gives each file
// named on the command line, judged by content and name as a file manager
// does. The install test runs it with XDG_DATA_DIRS pointing at an installed
// copy of Jointly, to check that projects are recognised by their content.
#include <QCoreApplication>
#include <QMimeDatabase>
#include <QTextStream>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QMimeDatabase database;
    for (const auto& path : app.arguments().mid(1)) {
        out << database.mimeTypeForFile(path).name() << '\n';
    }
    return 0;
}

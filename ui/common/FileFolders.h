#pragma once

#include <QString>

class QWidget;

namespace jointly::ui {

// Where file dialogs start, and what the files they write are called, so
// people find their work where they expect it: in the folder they last used
// for a partnership's files, or else their Documents folder, never the
// hidden folder where Jointly keeps its own things (such as the working copy
// of the example).
class FileFolders {
public:
    // The folder a New, Open, Import or Export dialog starts in.
    static QString startFolder();
    // Remembers the folder of a file the user chose or wrote, unless it is
    // Jointly's own hidden data folder.
    static void remember(const QString& filePath);
    // A file name for something written from a partnership, after the
    // partnership: "Westshire JCU – Terms of reference.pdf". Characters no
    // file name may hold become dashes; without a partnership name, the
    // thing's name alone.
    static QString nameAfter(const QString& partnership, const QString& what,
                             const QString& extension);
    // The same, as a path in the start folder.
    static QString suggestedPath(const QString& partnership, const QString& what,
                                 const QString& extension);
    // A name made safe to be a file name: "/\:*?"<>|" and control characters
    // become dashes, and it is trimmed and kept to 120 characters.
    static QString safeFileName(const QString& name);
    // Asks where to write something that may be a spreadsheet (CSV, the
    // default) or a web page (HTML), suggesting a name after the partnership;
    // adds the chosen type's ending when none is typed. Empty if cancelled.
    static QString askSpreadsheetOrWebPage(QWidget* parent, const QString& title,
                                           const QString& partnership, const QString& what);
};

} // namespace jointly::ui

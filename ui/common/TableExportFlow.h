#pragma once

#include <QString>

class QWidget;

namespace jointly::records {
struct RecordKind;
}

namespace jointly::ui {

class ProjectDocument;

// File > Export table, and "Export this table" on a table's right-click
// menu: every record of the table's kind as an Excel workbook (.xlsx, the
// default) or a CSV file, written off the window's thread with a
// connection of its own, through the same core as 'jointly export-table'.
// Asks where, then writes; says where it was written, or why not.
void exportTable(ProjectDocument& document, const records::RecordKind& kind, QWidget* window);

// Asks where to save a spreadsheet, offering `suggested` as an Excel
// workbook first and CSV second, and gives the path with its ending (.xlsx
// unless CSV was chosen); empty when the user cancelled.
QString askWhereToSaveSheet(QWidget* window, const QString& title, const QString& suggested);

// Writes to `path` without asking; false (with the reason shown) if it
// could not.
bool exportTableTo(ProjectDocument& document, const records::RecordKind& kind, const QString& path,
                   QWidget* window);

} // namespace jointly::ui

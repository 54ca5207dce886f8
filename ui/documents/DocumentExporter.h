#pragma once

#include <QString>

namespace jointly::ui {

// Writes an HTML document made by the core's report builders as .html, .odt
// or .pdf, chosen by the file name's ending. Returns an empty string on
// success, otherwise a sentence saying what went wrong.
QString exportDocument(const QString& html, const QString& path);

// The endings exportDocument() understands, for file dialogs.
QString exportFileFilter();

} // namespace jointly::ui

#pragma once

#include <QString>

class QWidget;

namespace jointly::ui {

class ProjectDocument;

// File > Export procurement as OCDS: asks for the partnership's OCDS prefix
// when it has none (saving it as an undoable edit), then for where to save,
// and writes the release package off the GUI thread through the same core
// function as `jointly export-ocds`. What happened is reported through the
// document's written() or problem() signals.
void exportProcurementsAsOcds(ProjectDocument& document, QWidget* window);

// The writing step alone, to a chosen path: returns whether it worked.
bool writeOcdsPackage(ProjectDocument& document, const QString& path, QWidget* window);

} // namespace jointly::ui

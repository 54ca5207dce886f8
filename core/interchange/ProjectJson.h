#pragma once

#include "Outcome.h"

#include <string>
#include <string_view>

// The whole project as JSON, and back: an interchange format that other
// tools can read and write, documented field by field in docs/json-format.md.
namespace jointly::interchange {

// The marker and the version of the JSON layout itself. The version changes
// only when the layout changes (not when the project's schema gains tables
// or columns: those are told apart by "schemaVersion").
inline constexpr const char* kJsonFormatMarker = "jointly-project";
inline constexpr int kJsonFormatVersion = 1;

// The project at projectPath as JSON text: every table of the current schema,
// parents before children, rows by id, columns in the table's order. A file
// from an older version is upgraded in memory first and undone imports are
// left out; the file itself is never written. The same project always gives
// the same bytes.
Outcome<std::string> exportProjectJson(const std::string& projectPath);

// The same, written to outPath through a temporary file beside it that is
// renamed into place (readable by its owner only, like a project file).
// An existing outPath is replaced; the project's own file never is.
Status writeProjectJson(const std::string& projectPath, const std::string& outPath);

// Creates a new project at newProjectPath from the JSON in jsonPath, checking
// everything first. Refuses (ErrorKind::Invalid, with the JSON path of the
// fault and the reason) anything the format or the schema does not allow,
// refuses JSON from a newer Jointly (ErrorKind::NewerVersion) and never
// replaces an existing file. On any refusal or failure nothing is left
// behind: no project file and no temporary file.
Status importProjectJson(const std::string& jsonPath, const std::string& newProjectPath);

// The same, from JSON text already in memory.
Status importProjectJsonText(std::string_view json, const std::string& newProjectPath);

} // namespace jointly::interchange

#pragma once

#include "Outcome.h"

#include <string>

namespace jointly::project {

// What a look at a file, without changing it, found.
struct FileFacts {
    int schemaVersion = 0;
    std::string integrity; // "ok", or SQLite's first complaint
};

// Looks at a file the user wants to open and says whether Jointly can use it.
// Reads the header itself, then runs quick_check on a read-only connection;
// the file is never written. Refusals carry the ErrorKind (NotFound,
// NotReadable, NotSqlite, OtherApplication, NewerVersion, Damaged) and a
// sentence naming the file and what to do.
Outcome<FileFacts> inspectProjectFile(const std::string& path);

// The name to show for a path in messages: the file name alone.
std::string displayName(const std::string& path);

} // namespace jointly::project

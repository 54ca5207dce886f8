#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace jointly::app {

// Exit codes of the command-line verbs (documented in README.md).
enum ExitCode : int {
    kOk = 0,
    kFailed = 1,           // could not write the output, or another failure
    kUsage = 2,            // the command was not understood
    kNotFound = 3,         // the file does not exist or cannot be read
    kNotSqlite = 4,        // not a database at all
    kOtherApplication = 5, // a database, but not a Jointly project
    kNewerVersion = 6,     // from a newer version of Jointly
    kDamaged = 7,          // truncated or corrupt
    kLocked = 8,           // open in another Jointly process
    kInvalid = 9,          // the input was refused (a bad value, a bad row)
    kDuplicates = 10,      // an import found rows already held: choose --replace or --keep
    kConflicts = 11,       // a merge met conflicts: answer them, or choose --prefer
};

// Runs a verb if the arguments name one; returns nothing when they do not (the
// GUI should start). Output goes to out, messages to err.
std::optional<int> runCommandLine(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace jointly::app

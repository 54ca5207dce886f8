#pragma once

#include "CommandLine.h"
#include "Outcome.h"

#include <ostream>
#include <string>

// What every command-line verb shares: the usage text and the way a refusal
// is reported (a sentence on stderr and an exit code from CommandLine.h).
namespace jointly::app {

// The usage text, printed by --help and after a command not understood.
// Defined in CommandLine.cpp, beside the verbs it lists.
extern const char* const kUsageText;

// The exit code for a kind of error.
int exitCodeFor(ErrorKind kind);

// Prints "jointly: <the error's sentence>" and returns its exit code.
int fail(std::ostream& err, const Error& error);

// Prints "jointly: <problem>" and the usage text, and returns kUsage.
int usage(std::ostream& err, const std::string& problem);

} // namespace jointly::app

#pragma once

#include "CommandLine.h"
#include "Outcome.h"

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

class QGuiApplication;

namespace jointly::project {
class Project;
}

// What every command-line verb shares: the usage text and the way a refusal
// is reported (a sentence on stderr and an exit code from CommandLine.h).
namespace jointly::app {

// The exit code for a kind of error.
int exitCodeFor(ErrorKind kind);

// Prints "jointly: <the error's sentence>" and returns its exit code.
int fail(std::ostream& err, const Error& error);

// Prints "jointly: <problem>" and how to call the verb, and returns kUsage.
int usage(std::ostream& err, const std::string& problem, std::string_view verb = {});

// Opens a project for a verb that only reads it: without writing to it or
// taking its lock, through the same opening as the window.
Outcome<std::unique_ptr<project::Project>> openForReading(const std::string& path);
// Opens a project for a verb that edits it, through the same opening as the
// window, with its edits recorded under the name set in the window's
// Preferences (or, without one, the computer's user name), as the window's are.
Outcome<std::unique_ptr<project::Project>> openForEditing(const std::string& path);

struct Invocation;
// The day a verb works as at: its --as-at DATE (2026-04-01 or 1/4/2026), or
// today (UTC) without one; a sentence for a date that is not one.
Outcome<std::string> asAtDate(const Invocation& call);

// Qt's document writers need a GUI application object, but not a screen (nor
// Qt Widgets): verbs that write documents make one of these first.
class DocumentContext {
public:
    DocumentContext(int& argc, char** argv);
    ~DocumentContext();
    DocumentContext(const DocumentContext&) = delete;
    DocumentContext& operator=(const DocumentContext&) = delete;

private:
    std::unique_ptr<QGuiApplication> app_;
};

} // namespace jointly::app

#include "CommandLine.h"

#include "Command.h"
#include "CommandSupport.h"
#include "LibraryVersions.h"
#include "Outcome.h"
#include "Version.h"
#include "project/FileInspection.h"
#include "storage/StorageError.h"
#include "util/NearestWord.h"

#include <QtGlobal>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

namespace jointly::app {

namespace {

std::optional<int> runVerb(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace

std::optional<int> runCommandLine(int argc, char** argv, std::ostream& out, std::ostream& err) {
    try {
        return runVerb(argc, argv, out, err);
    } catch (const storage::StorageError& error) {
        // A page SQLite finds broken only when a verb reads it (quick_check,
        // when the file was opened, does not read every page): a sentence and
        // the exit code for a damaged file, never an abort.
        const std::string file = argc > 2 ? project::displayName(argv[2]) : "the file";
        const bool damaged =
            error.primaryCode() == SQLITE_CORRUPT || error.primaryCode() == SQLITE_NOTADB;
        return fail(err, Error{damaged ? ErrorKind::Damaged : ErrorKind::Storage,
                               storage::describeStorageFailure(error, file)});
    }
}

namespace {

std::vector<std::string_view> verbNames() {
    std::vector<std::string_view> names;
    for (const auto& command : allCommands()) {
        names.push_back(command.name);
    }
    return names;
}

// What is left after the verbs starts the window on a file. A word that is
// not a file there, or more than one word, is a mistyped verb or a wrong name:
// say so, suggesting the nearest verb, rather than start the window. Without
// a display the window cannot start either: say that too.
std::optional<int> notAFileToOpen(const std::vector<std::string>& args, std::ostream& err) {
    const std::string& first = args[0];
    if (first.starts_with("-")) {
        return std::nullopt; // --example, or Qt's own options
    }
    std::error_code ec;
    const bool isFile = std::filesystem::exists(first, ec);
    const bool morePositional = std::any_of(args.begin() + 1, args.end(), [](const std::string& a) {
        return !a.empty() && !a.starts_with("-");
    });
    if (!isFile || morePositional) {
        const auto nearest = util::nearestWord(first, verbNames());
        if (nearest) {
            err << "jointly: there is no verb called \"" << first << "\"; did you mean \""
                << *nearest << "\"? \"jointly --help\" lists the verbs.\n";
        } else if (!isFile) {
            err << "jointly: there is no file called \"" << first
                << "\" here, and no verb of that name. Check the name and folder; \"jointly "
                   "--help\" lists the verbs.\n";
        } else {
            err << "jointly: \"" << first
                << "\" is a file, so the window would open it, but the window takes one file. "
                   "To run a verb on it, put the verb first; \"jointly --help\" lists them.\n";
        }
        return kUsage;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        err << "jointly: there is no display to show the window on, so " << first
            << " cannot be opened here. Run Jointly on your desktop, or use a verb such as "
               "\"jointly check "
            << first << "\"; \"jointly --help\" lists them.\n";
        return kUsage;
    }
    return std::nullopt;
}

std::optional<int> runVerb(int argc, char** argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        return std::nullopt;
    }
    const std::string& verb = args[0];
    if (verb == "--version" || verb == "-v") {
        out << "Jointly " << kVersion << " (Qt " << qVersion() << ", SQLite " << sqliteVersion()
            << ", Boost " << boostVersion() << ")\n";
        return kOk;
    }
    if (verb == "--help" || verb == "-h") {
        out << commandList();
        return kOk;
    }
    if (const auto* command = findCommand(verb)) {
        Invocation call{.verb = command->name, .argc = argc, .argv = argv, .out = out, .err = err};
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        if (auto problem = parseArguments(*command, rest, call)) {
            return usage(err, *problem, command->name);
        }
        return command->run(call);
    }
    if (verb.starts_with("-") && verb != "--example" && !verb.starts_with("-platform") &&
        !verb.starts_with("-style")) {
        return usage(err, "unknown option \"" + verb + "\".");
    }
    if (auto refused = notAFileToOpen(args, err)) {
        return refused;
    }
    return std::nullopt;
}

} // namespace

} // namespace jointly::app

#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The command line as a table of verbs. Each verb says its name, the stage it
// belongs to, what it takes and what it does, and which function runs it; one
// parser reads every verb's arguments, and `jointly --help` and `jointly help
// VERB` print from the same table, so a verb added to it is parsed, listed and
// explained at once.
namespace jointly::app {

// One --option a verb understands: a flag (--json), or an option followed by a
// value (--year YYYY/YY), which may be required.
struct Option {
    std::string_view name;           // "--year"
    std::string_view valueName = {}; // "YYYY/YY"; empty for a flag
    std::string_view help = {};      // a sentence for `jointly help VERB`
    bool required = false;
    bool repeatable = false; // may be given more than once (--rebase 2025-04 --rebase 2026-01)
};

// A verb's arguments, read by the one parser: the words after the verb that
// are not options, in order, then the options given.
struct Invocation {
    std::string_view verb;
    std::vector<std::string> positional = {};
    std::map<std::string, std::string, std::less<>> values = {};
    std::set<std::string, std::less<>> flags = {};
    // Every value of a repeatable option, in the order given.
    std::map<std::string, std::vector<std::string>, std::less<>> lists = {};
    int argc = 0;
    char** argv = nullptr; // for Qt, when a verb writes a document
    std::ostream& out;
    std::ostream& err;

    bool flag(std::string_view name) const { return flags.count(name) > 0; }
    std::optional<std::string> value(std::string_view name) const;
    std::vector<std::string> all(std::string_view name) const;
};

struct Command {
    std::string_view name;       // "import-indicators"
    std::string_view stage = {}; // the stage's key ("needs"), or empty for the whole project
    // The words that are not options: "FILE", "CSV". With moreWords, any
    // number of further words may follow (FIELD=VALUE ...), named by the last.
    std::vector<std::string_view> words = {};
    std::vector<Option> options = {};
    std::string_view summary; // one line, for --help
    int (*run)(const Invocation&);
    bool moreWords = false;
    // The usage line, when the options combine in a way the list cannot say
    // ("FILE --name NAME | FILE --example"); empty to build it from the list.
    std::string_view synopsis = {};
    // More about the verb, for `jointly help VERB`.
    std::string_view details = {};
};

// Every verb, grouped by stage in the order of the cycle.
std::span<const Command> allCommands();

// The verb called name, or nullptr.
const Command* findCommand(std::string_view name);

// "jointly import-indicators FILE CSV [--mapping MAPPING] ..."
std::string usageLine(const Command& command);

// The list printed by `jointly --help`, which README.md shows word for word.
std::string commandList();

// What `jointly help VERB` prints.
std::string commandHelp(const Command& command);

// Reads args (the words after the verb) for command. Returns a sentence
// saying what is wrong, or nothing when they fit.
std::optional<std::string> parseArguments(const Command& command,
                                          const std::vector<std::string>& args,
                                          Invocation& invocation);

} // namespace jointly::app

#include "Command.h"

#include <algorithm>

namespace jointly::app {

namespace {

// Where the summaries start in the list, as in README.md.
constexpr std::size_t kSummaryColumn = 38;

std::string joinedWords(const std::vector<std::string_view>& words) {
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        text += (i == 0 ? "" : i + 1 == words.size() ? " and " : ", ") + std::string(words[i]);
    }
    return text;
}

const Option* findOption(const Command& command, std::string_view name) {
    for (const auto& option : command.options) {
        if (option.name == name) {
            return &option;
        }
    }
    return nullptr;
}

std::string stageHeading(std::string_view stage) {
    if (stage.empty()) {
        return "The whole project:";
    }
    if (stage == "start") {
        return "Starting Jointly:";
    }
    if (stage == "records") {
        return "Records of any kind (KIND is a kind of record, e.g. member, risk):";
    }
    std::string heading(stage);
    heading[0] = static_cast<char>(heading[0] - 'a' + 'A');
    return heading + ":";
}

// The words of text in lines of at most width characters.
std::string wrapped(std::string_view text, std::size_t width) {
    std::string result;
    std::string line;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const auto word = text.substr(start, end - start);
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            result += line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + std::string(word);
        start = end + 1;
    }
    return result + line;
}

} // namespace

std::optional<std::string> Invocation::value(std::string_view name) const {
    auto found = values.find(name);
    return found == values.end() ? std::nullopt : std::optional<std::string>(found->second);
}

std::vector<std::string> Invocation::all(std::string_view name) const {
    auto found = lists.find(name);
    return found == lists.end() ? std::vector<std::string>() : found->second;
}

const Command* findCommand(std::string_view name) {
    for (const auto& command : allCommands()) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

std::string usageLine(const Command& command) {
    std::string line = "jointly " + std::string(command.name);
    if (!command.synopsis.empty()) {
        return line + " " + std::string(command.synopsis);
    }
    for (std::size_t i = 0; i < command.words.size(); ++i) {
        line += " " + std::string(command.words[i]);
        if (command.moreWords && i + 1 == command.words.size()) {
            line += " ...";
        }
    }
    for (const auto& option : command.options) {
        std::string text(option.name);
        if (!option.valueName.empty()) {
            text += " " + std::string(option.valueName);
        }
        line += option.required ? " " + text : " [" + text + "]";
        if (option.repeatable) {
            line += "...";
        }
    }
    return line;
}

std::string commandList() {
    std::string text;
    std::string_view stage = "(none yet)";
    for (const auto& command : allCommands()) {
        if (command.stage != stage) {
            stage = command.stage;
            text += (text.empty() ? "" : "\n") + stageHeading(stage) + "\n";
            if (stage == "start") {
                // What starts the window rather than running a verb.
                text += "jointly [FILE]                        start Jointly, opening FILE if "
                        "given\n"
                        "jointly --example                     start Jointly on (your copy of) the "
                        "example partnership\n"
                        "jointly --version                     print the version\n";
            }
        }
        std::string line = usageLine(command);
        if (line.size() + 2 <= kSummaryColumn) {
            line.resize(kSummaryColumn, ' ');
        } else {
            line += "\n" + std::string(kSummaryColumn, ' ');
        }
        text += line + std::string(command.summary) + "\n";
    }
    return text;
}

std::string commandHelp(const Command& command) {
    std::string text =
        "Usage: " + usageLine(command) + "\n\n" + std::string(command.summary) + "\n";
    if (!command.details.empty()) {
        text += "\n" + wrapped(command.details, 78) + "\n";
    }
    if (!command.options.empty()) {
        text += "\nOptions:\n";
        for (const auto& option : command.options) {
            std::string line = "  " + std::string(option.name);
            if (!option.valueName.empty()) {
                line += " " + std::string(option.valueName);
            }
            line.resize(std::max<std::size_t>(line.size() + 2, 28), ' ');
            text += line + std::string(option.help) + "\n";
        }
    }
    return text;
}

std::optional<std::string> parseArguments(const Command& command,
                                          const std::vector<std::string>& args,
                                          Invocation& invocation) {
    const std::string verb(command.name);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& word = args[i];
        const Option* option = word.starts_with("--") ? findOption(command, word) : nullptr;
        if (option == nullptr && word.starts_with("--")) {
            return verb + " does not understand \"" + word + "\".";
        }
        if (option == nullptr) {
            if (invocation.positional.size() >= command.words.size() && !command.moreWords) {
                return verb + " does not understand \"" + word + "\".";
            }
            invocation.positional.push_back(word);
            continue;
        }
        if (option->repeatable) {
            if (i + 1 >= args.size()) {
                return verb + ": " + word + " needs " + std::string(option->valueName) +
                       " after it.";
            }
            invocation.lists[word].push_back(args[++i]);
            continue;
        }
        if (invocation.flag(word) || invocation.values.count(word)) {
            return verb + ": " + word + " is given twice; give it once.";
        }
        if (option->valueName.empty()) {
            invocation.flags.insert(word);
            continue;
        }
        // The next word is the value, even one starting with "-" (a cut of
        // -10%).
        if (i + 1 >= args.size()) {
            return verb + ": " + word + " needs " + std::string(option->valueName) + " after it.";
        }
        invocation.values.emplace(word, args[++i]);
    }
    if (invocation.positional.size() < command.words.size()) {
        return verb + " needs " + joinedWords(command.words) + ".";
    }
    for (const auto& option : command.options) {
        if (option.required && !invocation.values.count(option.name)) {
            return verb + " needs " + std::string(option.name) + " " +
                   std::string(option.valueName) + ".";
        }
    }
    return std::nullopt;
}

} // namespace jointly::app

#include "ScoringCommands.h"

#include "CommandSupport.h"
#include "procurement/TenderKinds.h"
#include "procurement/TenderScoring.h"
#include "project/Project.h"
#include "records/RecordFinder.h"
#include "util/Text.h"

#include <charconv>
#include <optional>

namespace jointly::app {

namespace {

// A whole score, or "none" to clear one; nothing for anything else.
std::optional<std::optional<std::int64_t>> scoreOf(std::string_view typed) {
    const auto text = util::trim(typed);
    if (util::lower(text) == "none") {
        return std::optional<std::int64_t>{};
    }
    std::int64_t score = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), score);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
        return std::nullopt;
    }
    return std::optional<std::int64_t>{score};
}

// Finds each named record (its id or its name), in order; the first
// refusal is the sentence.
Outcome<std::vector<std::int64_t>>
findAll(project::Project& project,
        const std::vector<std::pair<const records::RecordKind*, std::string>>& wanted) {
    return project.guarded<Outcome<std::vector<std::int64_t>>>(
        [&]() -> Outcome<std::vector<std::int64_t>> {
            std::vector<std::int64_t> ids;
            for (const auto& [kind, name] : wanted) {
                auto found = records::findRecord(project.database(), *kind, name);
                if (!found.ok()) {
                    return found.error();
                }
                ids.push_back(found.value());
            }
            return ids;
        });
}

int refuseScore(const Invocation& call, const std::string& typed) {
    return fail(call.err, Error{ErrorKind::Invalid,
                                util::curlyQuoted(typed) +
                                    " is not a score: give a whole number on the "
                                    "procurement's scale, such as 3, or none to clear it."});
}

} // namespace

int scoreCommand(const Invocation& call) {
    const auto& args = call.positional;
    const auto score = scoreOf(args[4]);
    if (!score) {
        return refuseScore(call, args[4]);
    }
    auto opened = openForEditing(args[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto ids = findAll(project, {{&procurement::evaluator(), args[1]},
                                 {&procurement::bid(), args[2]},
                                 {&procurement::awardCriterion(), args[3]}});
    if (!ids.ok()) {
        return fail(call.err, ids.error());
    }
    const auto& found = ids.value();
    // Without --note, the note the evaluator wrote is kept.
    auto done =
        procurement::scoreBid(project, found[0], found[1], found[2], *score, call.value("--note"));
    if (!done.ok()) {
        return fail(call.err, done.error());
    }
    call.out << project.undoLabel() << "\n";
    return kOk;
}

int moderateCommand(const Invocation& call) {
    const auto& args = call.positional;
    const auto score = scoreOf(args[3]);
    if (!score) {
        return refuseScore(call, args[3]);
    }
    auto opened = openForEditing(args[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto ids = findAll(project,
                       {{&procurement::bid(), args[1]}, {&procurement::awardCriterion(), args[2]}});
    if (!ids.ok()) {
        return fail(call.err, ids.error());
    }
    auto done = procurement::moderateScore(project, ids.value()[0], ids.value()[1], *score,
                                           call.value("--reason").value_or(""));
    if (!done.ok()) {
        return fail(call.err, done.error());
    }
    call.out << project.undoLabel() << "\n";
    return kOk;
}

} // namespace jointly::app

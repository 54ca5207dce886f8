#include "WorkshopCommands.h"

#include "CommandSupport.h"
#include "project/Project.h"
#include "records/RecordFinder.h"
#include "ui/documents/DocumentDate.h"
#include "ui/documents/DocumentExporter.h"
#include "workshop/DecisionLog.h"
#include "workshop/LoadedRound.h"
#include "workshop/RoundTable.h"
#include "workshop/WorkshopEdits.h"
#include "workshop/WorkshopKinds.h"
#include "workshop/WorkshopRecord.h"

#include <nlohmann/json.hpp>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;

void print(std::ostream& out, const Json& json) {
    out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

Json decisionJson(const workshop::LoggedDecision& d) {
    Json actions = Json::array();
    for (const auto& action : d.actions) {
        actions.push_back({{"id", action.id},
                           {"action", action.description},
                           {"owner", action.owner},
                           {"due", action.due},
                           {"status", action.status}});
    }
    return Json{{"id", d.id},
                {"workshop", d.workshop},
                {"heldOn", d.heldOn},
                {"item", d.item},
                {"decidedOn", d.decidedOn},
                {"decision", d.decision},
                {"outcome", d.outcome},
                {"method", d.method},
                {"tally", d.tally},
                {"reasons", d.reasons},
                {"alternatives", d.alternatives},
                {"evidence", d.evidence},
                {"present", d.present},
                {"apologies", d.apologies},
                {"interests", d.interests},
                {"quorate", d.quorate},
                {"quorum", d.quorum},
                {"actions", actions}};
}

void printDecision(std::ostream& out, const workshop::LoggedDecision& d) {
    out << d.workshop << (d.heldOn.empty() ? "" : ", " + d.heldOn)
        << (d.item.empty() ? "" : ": " + d.item) << "\n";
    out << "  " << d.outcome << ": " << d.decision << "\n";
    out << "  How decided: " << d.method << (d.tally.empty() ? "" : " (" + d.tally + ")") << "\n";
    if (!d.reasons.empty()) {
        out << "  Reasons: " << d.reasons << "\n";
    }
    if (!d.alternatives.empty()) {
        out << "  Alternatives rejected: " << d.alternatives << "\n";
    }
    if (!d.quorum.empty()) {
        out << "  " << d.quorum << "\n";
    }
    out << "  Present: " << d.present.size() << "; apologies: " << d.apologies.size() << "\n";
    for (const auto& interest : d.interests) {
        out << "  Interest: " << interest << "\n";
    }
    for (const auto& action : d.actions) {
        out << "  Action: " << action.description
            << (action.owner.empty() ? "" : " (" + action.owner + ")")
            << (action.due.empty() ? "" : ", due " + action.due) << "\n";
    }
}

std::optional<workshop::RoundState> stateNamed(const std::string& word) {
    if (word == "open") {
        return workshop::RoundState::Open;
    }
    if (word == "closed" || word == "close") {
        return workshop::RoundState::Closed;
    }
    if (word == "revealed" || word == "reveal") {
        return workshop::RoundState::Revealed;
    }
    return std::nullopt;
}

} // namespace

int workshopRecordCommand(const Invocation& call) {
    const auto& args = call.positional;
    auto opened = openForReading(args[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& db = opened.value()->database();
    auto found = opened.value()->guarded<Outcome<std::int64_t>>(
        [&] { return workshop::findWorkshop(db, *call.value("--session")); });
    if (!found.ok()) {
        return fail(call.err, found.error());
    }
    int argc = call.argc;
    DocumentContext context(argc, call.argv);
    const auto html =
        workshop::workshopRecordHtml(db, found.value(), ui::todayForDocuments().toStdString());
    const QString problem =
        ui::exportDocument(QString::fromStdString(html), QString::fromStdString(args[1]));
    if (!problem.isEmpty()) {
        call.err << "jointly: " << problem.toStdString() << "\n";
        return ui::isDocumentPath(QString::fromStdString(args[1])) ? kFailed : kUsage;
    }
    call.out << "Wrote " << args[1] << "\n";
    return kOk;
}

int decisionsCommand(const Invocation& call) {
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto log = project.guarded<Outcome<std::vector<workshop::LoggedDecision>>>(
        [&]() -> Outcome<std::vector<workshop::LoggedDecision>> {
            return workshop::loadDecisionLog(project.database());
        });
    if (!log.ok()) {
        return fail(call.err, log.error());
    }
    if (call.flag("--json")) {
        Json all = Json::array();
        for (const auto& decision : log.value()) {
            all.push_back(decisionJson(decision));
        }
        print(call.out, Json{{"decisions", all}});
        return kOk;
    }
    if (log.value().empty()) {
        call.out << "No decisions are recorded yet.\n";
    }
    for (const auto& decision : log.value()) {
        printDecision(call.out, decision);
    }
    return kOk;
}

int roundCommand(const Invocation& call) {
    const auto& args = call.positional;
    const auto to = call.value("--to");
    std::optional<workshop::RoundState> state;
    if (to) {
        state = stateNamed(*to);
        if (!state) {
            return usage(call.err, "--to takes open, closed or revealed, not \"" + *to + "\".",
                         call.verb);
        }
    }
    const auto naming = call.value("--votes");
    std::optional<workshop::Anonymity> anonymity;
    if (naming) {
        anonymity = *naming == "anonymous"  ? std::optional(workshop::Anonymity::Anonymous)
                    : *naming == "private"  ? std::optional(workshop::Anonymity::Private)
                    : *naming == "recorded" ? std::optional(workshop::Anonymity::Recorded)
                                            : std::nullopt;
        if (!anonymity) {
            return usage(call.err,
                         "--votes takes anonymous, private or recorded, not \"" + *naming + "\".",
                         call.verb);
        }
    }
    auto opened = openForEditing(args[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto roundId = project.guarded<Outcome<std::int64_t>>(
        [&] { return records::findRecord(project.database(), workshop::round(), args[1]); });
    if (!roundId.ok()) {
        return fail(call.err, roundId.error());
    }
    std::int64_t id = roundId.value();
    if (anonymity) {
        auto done = workshop::setAnonymity(project, id, *anonymity);
        if (!done.ok()) {
            return fail(call.err, done.error());
        }
    }
    if (state) {
        auto done = workshop::setRoundState(project, id, *state);
        if (!done.ok()) {
            return fail(call.err, done.error());
        }
    }
    if (call.flag("--rerun")) {
        auto rerun = workshop::rerunRound(project, id);
        if (!rerun.ok()) {
            return fail(call.err, rerun.error());
        }
        id = rerun.value();
    }
    if (call.flag("--use")) {
        auto used = workshop::useResultInPlan(project, id);
        if (!used.ok()) {
            return fail(call.err, used.error());
        }
    }
    auto loaded = project.guarded<Outcome<workshop::LoadedRound>>(
        [&] { return workshop::loadRound(project.database(), id); });
    if (!loaded.ok()) {
        return fail(call.err, loaded.error());
    }
    const auto& round = loaded.value();
    Json json{{"id", round.round.id},
              {"round", round.round.name},
              {"run", round.round.run},
              {"state", std::string(workshop::stateKey(round.round.state))},
              {"votes", round.round.anonymity == workshop::Anonymity::Recorded  ? "recorded"
                        : round.round.anonymity == workshop::Anonymity::Private ? "private"
                                                                                : "anonymous"},
              {"progress", round.progress},
              {"quorum", round.standing.quorum.sentence},
              {"quorate", round.standing.quorum.quorate}};
    Json choices = Json::array();
    for (const auto& choice : round.choices) {
        choices.push_back({{"id", choice.id}, {"name", choice.name}});
    }
    json["choices"] = choices;
    // As in the window and on the projector: the result only once the
    // facilitator has revealed it.
    if (round.round.state == workshop::RoundState::Revealed) {
        const auto table = workshop::roundTable(round);
        Json rows = Json::array();
        for (const auto& row : table.rows) {
            rows.push_back({{"rank", row.rank},
                            {"choice", row.choice},
                            {"result", row.result},
                            {"spread", row.spread},
                            {"disagreement", row.disagreement}});
        }
        json["result"] = {{"heading", table.resultHeading},
                          {"sentence", table.sentence},
                          {"rows", rows},
                          {"notes", table.notes}};
    } else {
        json["result"] = "Hidden until the round's results are shown.";
    }
    print(call.out, json);
    return kOk;
}

} // namespace jointly::app

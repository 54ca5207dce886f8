#include "workshop/WorkshopRecord.h"

#include "storage/Database.h"
#include "util/HtmlWriter.h"
#include "util/Text.h"
#include "workshop/DecisionLog.h"
#include "workshop/ItemStanding.h"
#include "workshop/LoadedRound.h"
#include "workshop/RoundTable.h"
#include "workshop/WorkshopAgenda.h"

#include <algorithm>

namespace jointly::workshop {

namespace {

std::string trimmedLower(const std::string& text) {
    auto begin = text.find_first_not_of(" \t");
    auto end = text.find_last_not_of(" \t");
    std::string out =
        begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string kindWords(const std::string& kind) {
    if (kind == "priorities") {
        return "Priorities to rank";
    }
    if (kind == "appraisal") {
        return "Options appraisal to score";
    }
    if (kind == "pbma") {
        return "Proposals to decide";
    }
    if (kind == "needs") {
        return "Needs statements to confirm";
    }
    return "A question";
}

std::string anonymityWords(Anonymity anonymity) {
    switch (anonymity) {
    case Anonymity::Anonymous:
        return "anonymous";
    case Anonymity::Private:
        return "named to the facilitator only";
    case Anonymity::Recorded:
        return "named in this record";
    }
    return "anonymous";
}

void writeRound(util::HtmlWriter& out, storage::Database& db, const RoundRecord& record) {
    auto loaded = loadRound(db, record.id);
    if (!loaded.ok()) {
        return;
    }
    const auto& round = loaded.value();
    out.heading(4, "Round: " + round.round.name);
    out.labelled("Votes", anonymityWords(round.round.anonymity));
    out.labelled("Taking part", round.progress);
    if (round.round.state != RoundState::Revealed) {
        out.paragraph("The round is " + std::string(stateWords(round.round.state)) +
                      "; its results were not shown to the room, so they are not recorded here.");
        return;
    }
    const auto table = roundTable(round);
    out.paragraph(table.sentence);
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : table.rows) {
        rows.push_back({row.rank, row.choice, row.result, row.spread});
    }
    out.table({"Rank", "Choice", table.resultHeading, "Spread"}, rows);
    if (!table.notes.empty()) {
        out.bulletList(table.notes);
    }
    const auto named = namedVotes(round);
    if (!named.empty()) {
        std::vector<std::string> headings{"Member"};
        for (const auto& choice : round.choices) {
            headings.push_back(choice.name);
        }
        out.paragraph("A recorded vote: each member's entry.");
        out.table(headings, named);
    }
}

void writeDecision(util::HtmlWriter& out, const LoggedDecision& decision) {
    out.heading(4, "Decision: " + decision.outcome);
    out.paragraph(decision.decision);
    if (!decision.decidedOn.empty()) {
        out.labelled("Decided on", decision.decidedOn);
    }
    out.labelled("How decided",
                 decision.method + (decision.tally.empty() ? "" : ": " + decision.tally));
    if (!decision.reasons.empty()) {
        out.labelled("Reasons", decision.reasons);
    }
    if (!decision.alternatives.empty()) {
        out.labelled("Alternatives considered and rejected", decision.alternatives);
    }
    if (!decision.evidence.empty()) {
        out.labelled("Evidence", decision.evidence);
    }
    if (!decision.actions.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (const auto& action : decision.actions) {
            rows.push_back({action.description, action.owner, action.due, action.status});
        }
        out.table({"Action agreed", "Owner", "Due", "Status"}, rows);
    }
}

} // namespace

Outcome<std::int64_t> findWorkshop(storage::Database& db, const std::string& name) {
    auto rows = db.prepare("SELECT id, name FROM workshop ORDER BY held_on, id");
    std::vector<std::string> names;
    const auto wanted = trimmedLower(name);
    while (rows.step()) {
        if (trimmedLower(rows.text(1)) == wanted) {
            return rows.int64(0);
        }
        names.push_back(util::curlyQuoted(rows.text(1)));
    }
    if (names.empty()) {
        return Error{ErrorKind::NotFound, "The project holds no workshops yet."};
    }
    return Error{ErrorKind::NotFound, "No workshop is called " + util::curlyQuoted(name) +
                                          ". The project's workshops are " +
                                          util::joinedWithAnd(names) + "."};
}

std::string workshopRecordHtml(storage::Database& db, std::int64_t workshopId,
                               const std::string& generatedOn) {
    auto head = db.prepare("SELECT w.name, w.held_on, w.venue, m.name, w.purpose FROM workshop w "
                           "LEFT JOIN member m ON m.id = w.facilitator_member_id WHERE w.id = ?1");
    head.bind(1, workshopId);
    if (!head.step()) {
        util::HtmlWriter missing("Workshop record");
        missing.paragraph("This workshop is no longer in the project.");
        return missing.finish();
    }
    const auto name = head.text(0).empty() ? std::string("Unnamed workshop") : head.text(0);
    util::HtmlWriter out("Workshop record: " + name);
    out.heading(1, "Workshop record: " + name);
    out.labelled("Held on", head.text(1).empty() ? "not recorded" : head.text(1));
    if (!head.text(2).empty()) {
        out.labelled("Venue", head.text(2));
    }
    if (!head.text(3).empty()) {
        out.labelled("Facilitator", head.text(3));
    }
    if (!head.text(4).empty()) {
        out.paragraph(head.text(4));
    }

    const auto items = loadAgenda(db, workshopId);
    out.heading(2, "Agenda");
    std::vector<std::vector<std::string>> agendaRows;
    for (std::size_t i = 0; i < items.size(); ++i) {
        agendaRows.push_back({std::to_string(i + 1), items[i].title, kindWords(items[i].kind),
                              items[i].minutes ? std::to_string(*items[i].minutes) + " min" : ""});
    }
    out.table({"", "Item", "Kind", "Timebox"}, agendaRows);

    out.heading(2, "Attendance");
    const auto attendance = loadAttendance(db, workshopId);
    std::vector<std::vector<std::string>> attendanceRows;
    for (const auto& person : attendance.present) {
        attendanceRows.push_back(
            {person.name, person.partnerName, person.role,
             person.actingFor ? "Substitute for " + person.actingForName : ""});
    }
    out.table({"Present", "Organisation", "Role", ""}, attendanceRows);
    if (!attendance.apologies.empty()) {
        out.labelled("Apologies", util::joinedWithAnd(attendance.apologies));
    }

    const auto decisions = decisionsOfWorkshop(db, workshopId);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        out.heading(2, std::to_string(i + 1) + ". " + item.title);
        if (const auto standing = loadItemStanding(db, item.id)) {
            if (!standing->providersConcerned.empty()) {
                out.labelled("Providers concerned",
                             util::joinedWithAnd(standing->providersConcerned));
            }
            std::vector<std::string> interests;
            for (std::size_t p = 0; p < standing->present.size(); ++p) {
                if (!standing->eligibility[p].reason.empty()) {
                    interests.push_back(standing->present[p].name + ": " +
                                        standing->eligibility[p].reason);
                }
            }
            if (interests.empty()) {
                out.labelled("Interests", "None touching this item.");
            } else {
                out.paragraph("Interests, and what the chair did:");
                out.bulletList(interests);
            }
            out.labelled("Quorum", standing->quorum.sentence);
        }
        for (const auto& round : roundsOfItem(db, item.id)) {
            writeRound(out, db, round);
        }
        for (const auto& decision : decisions) {
            if (decision.itemId == item.id) {
                writeDecision(out, decision);
            }
        }
    }
    const bool others = std::any_of(decisions.begin(), decisions.end(), [&](const auto& d) {
        return std::none_of(items.begin(), items.end(),
                            [&](const AgendaEntry& item) { return d.itemId == item.id; });
    });
    if (others) {
        out.heading(2, "Other decisions");
        for (const auto& decision : decisions) {
            if (std::none_of(items.begin(), items.end(),
                             [&](const AgendaEntry& item) { return decision.itemId == item.id; })) {
                writeDecision(out, decision);
            }
        }
    }
    out.note("Generated by Jointly on " + generatedOn + ".");
    return out.finish();
}

} // namespace jointly::workshop

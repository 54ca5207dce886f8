#include "workshop/DecisionLog.h"

#include "planning/PlanningKinds.h"
#include "records/FieldInput.h"
#include "storage/Database.h"
#include "workshop/ItemStanding.h"
#include "workshop/WorkshopKinds.h"

#include <optional>

namespace jointly::workshop {

namespace {

std::string choiceLabel(const records::RecordKind& kind, std::string_view column,
                        const std::string& key) {
    const auto& field = kind.fields.at(static_cast<std::size_t>(records::fieldIndex(kind, column)));
    for (const auto& option : field.choices) {
        if (option.key == key) {
            return std::string(option.label);
        }
    }
    return key;
}

std::string presentLine(const PresentMember& person) {
    auto line = person.name + " (" + person.partnerName + ")";
    if (person.actingFor) {
        line += ", substitute for " + person.actingForName;
    }
    return line;
}

std::vector<LoggedDecision> readDecisions(storage::Database& db, std::int64_t workshopId) {
    std::vector<LoggedDecision> log;
    std::vector<std::optional<std::int64_t>> items;
    auto rows = db.prepare(
        "SELECT d.id, w.name, w.held_on, i.title, d.decided_on, d.decision, d.outcome, d.method, "
        "d.tally, d.reasons, d.alternatives, d.evidence, d.agenda_item_id, d.workshop_id FROM "
        "workshop_decision d JOIN workshop w ON w.id = d.workshop_id LEFT JOIN agenda_item i ON "
        "i.id = d.agenda_item_id WHERE ?1 = 0 OR d.workshop_id = ?1 ORDER BY w.held_on IS NULL, "
        "w.held_on, w.id, d.decided_on IS NULL, d.decided_on, d.id");
    rows.bind(1, workshopId);
    std::vector<std::int64_t> workshops;
    while (rows.step()) {
        LoggedDecision entry{.id = rows.int64(0),
                             .workshop = rows.text(1).empty() ? "unnamed workshop" : rows.text(1),
                             .heldOn = rows.text(2),
                             .itemId = std::nullopt,
                             .item = rows.text(3),
                             .decidedOn = rows.text(4),
                             .decision = rows.text(5),
                             .outcome = choiceLabel(decision(), "outcome", rows.text(6)),
                             .method = choiceLabel(decision(), "method", rows.text(7)),
                             .tally = rows.text(8),
                             .reasons = rows.text(9),
                             .alternatives = rows.text(10),
                             .evidence = rows.text(11),
                             .present = {},
                             .apologies = {},
                             .interests = {},
                             .quorum = {},
                             .quorate = true,
                             .actions = {}};
        items.push_back(rows.isNull(12) ? std::nullopt
                                        : std::optional<std::int64_t>(rows.int64(12)));
        workshops.push_back(rows.int64(13));
        log.push_back(std::move(entry));
    }
    for (std::size_t i = 0; i < log.size(); ++i) {
        auto& entry = log[i];
        entry.itemId = items[i];
        if (items[i]) {
            if (const auto standing = loadItemStanding(db, *items[i])) {
                for (const auto& person : standing->present) {
                    entry.present.push_back(presentLine(person));
                }
                entry.apologies = standing->apologies;
                for (std::size_t p = 0; p < standing->present.size(); ++p) {
                    if (!standing->eligibility[p].reason.empty()) {
                        entry.interests.push_back(standing->present[p].name + ": " +
                                                  standing->eligibility[p].reason);
                    }
                }
                entry.quorum = standing->quorum.sentence;
                entry.quorate = standing->quorum.quorate;
            }
        } else {
            auto attendance = db.prepare(
                "SELECT m.name, p.name, a.status FROM workshop_attendance a JOIN member m ON m.id "
                "= a.member_id JOIN partner_organisation p ON p.id = m.partner_id WHERE "
                "a.workshop_id = ?1 ORDER BY p.name, m.name, m.id");
            attendance.bind(1, workshops[i]);
            while (attendance.step()) {
                auto line = attendance.text(0) + " (" + attendance.text(1) + ")";
                (attendance.text(2) == "present" ? entry.present : entry.apologies)
                    .push_back(std::move(line));
            }
        }
        auto actions = db.prepare(
            "SELECT a.id, a.description, m.name, a.due_on, a.status FROM plan_action a LEFT JOIN "
            "member m ON m.id = a.owner_member_id WHERE a.decision_id = ?1 ORDER BY a.due_on IS "
            "NULL, a.due_on, a.id");
        actions.bind(1, entry.id);
        while (actions.step()) {
            entry.actions.push_back(
                {.id = actions.int64(0),
                 .description = actions.text(1),
                 .owner = actions.text(2),
                 .due = actions.text(3),
                 .status = choiceLabel(planning::planAction(), "status", actions.text(4))});
        }
    }
    return log;
}

} // namespace

std::vector<LoggedDecision> loadDecisionLog(storage::Database& db) {
    return readDecisions(db, 0);
}

std::vector<LoggedDecision> decisionsOfWorkshop(storage::Database& db, std::int64_t workshopId) {
    return readDecisions(db, workshopId);
}

} // namespace jointly::workshop

#include "workshop/ItemStanding.h"

#include "storage/Database.h"
#include "util/Text.h"
#include "workshop/WorkshopInterests.h"

#include <algorithm>
#include <set>

namespace jointly::workshop {

namespace {

std::string nameOr(const std::string& name, const char* otherwise) {
    return name.empty() ? std::string(otherwise) : name;
}

} // namespace

bool ItemStanding::mayVote(std::int64_t member) const {
    return std::any_of(eligibility.begin(), eligibility.end(),
                       [&](const Eligibility& e) { return e.member == member && e.mayVote; });
}

std::int64_t ItemStanding::voters() const {
    return std::count_if(eligibility.begin(), eligibility.end(),
                         [](const Eligibility& e) { return e.mayVote; });
}

std::vector<QuorumRule> loadQuorumRules(storage::Database& db) {
    std::vector<QuorumRule> rules;
    auto rows = db.prepare("SELECT r.partner_id, p.name, r.minimum, r.role FROM quorum_rule r JOIN "
                           "partner_organisation p ON p.id = r.partner_id ORDER BY p.name, p.id, "
                           "r.role, r.id");
    while (rows.step()) {
        rules.push_back({.partner = rows.int64(0),
                         .partnerName = nameOr(rows.text(1), "unnamed partner"),
                         .minimum = rows.int64(2),
                         .role = rows.text(3)});
    }
    return rules;
}

Attendance loadAttendance(storage::Database& db, std::int64_t workshopId) {
    Attendance attendance;
    auto present = db.prepare(
        "SELECT m.id, m.name, m.partner_id, p.name, m.role, a.acting_for_member_id, s.name, "
        "s.role, a.status FROM workshop_attendance a JOIN member m ON m.id = a.member_id JOIN "
        "partner_organisation p ON p.id = m.partner_id LEFT JOIN member s ON s.id = "
        "a.acting_for_member_id WHERE a.workshop_id = ?1 ORDER BY p.name, p.id, m.name, m.id");
    present.bind(1, workshopId);
    std::set<std::int64_t> seen;
    while (present.step()) {
        const auto member = present.int64(0);
        if (!seen.insert(member).second) {
            continue; // listed twice: the attendance rule refuses it, a hostile file may not
        }
        const auto name = nameOr(present.text(1), "unnamed member");
        const auto partner = nameOr(present.text(3), "unnamed partner");
        if (present.text(8) != "present") {
            attendance.apologies.push_back(name + " (" + partner + ")");
            continue;
        }
        PresentMember person{.member = member,
                             .name = name,
                             .partnerName = partner,
                             .role = present.text(4),
                             .actingFor = std::nullopt,
                             .actingForName = {},
                             .partner = present.int64(2),
                             .actingForRole = {}};
        if (!present.isNull(5)) {
            person.actingFor = present.int64(5);
            person.actingForName = nameOr(present.text(6), "unnamed member");
            person.actingForRole = present.text(7);
        }
        attendance.present.push_back(std::move(person));
    }
    return attendance;
}

std::optional<ItemStanding> loadItemStanding(storage::Database& db, std::int64_t itemId) {
    auto item = db.prepare("SELECT workshop_id, title FROM agenda_item WHERE id = ?1");
    item.bind(1, itemId);
    if (!item.step()) {
        return std::nullopt;
    }
    ItemStanding standing;
    standing.item = itemId;
    standing.workshop = item.int64(0);
    standing.title = util::curlyQuoted(nameOr(item.text(1), "unnamed item"));

    auto attendance = loadAttendance(db, standing.workshop);
    standing.present = std::move(attendance.present);
    standing.apologies = std::move(attendance.apologies);
    std::vector<Attendee> attendees;
    std::vector<std::int64_t> members;
    for (const auto& person : standing.present) {
        attendees.push_back({.member = person.member,
                             .name = person.name,
                             .partner = person.partner,
                             .role = person.role,
                             .actingFor = person.actingFor,
                             .actingForRole = person.actingForRole});
        members.push_back(person.member);
    }

    std::vector<std::int64_t> providers;
    std::vector<std::pair<std::int64_t, std::string>> providerNames;
    auto concerned = db.prepare("SELECT p.id, p.name FROM agenda_provider x JOIN "
                                "partner_organisation p ON p.id = x.provider_id WHERE "
                                "x.agenda_item_id = ?1 ORDER BY p.name, p.id");
    concerned.bind(1, itemId);
    while (concerned.step()) {
        providers.push_back(concerned.int64(0));
        providerNames.emplace_back(concerned.int64(0),
                                   nameOr(concerned.text(1), "unnamed provider"));
        standing.providersConcerned.push_back(providerNames.back().second);
    }

    std::vector<MemberInterest> interests;
    // Interests declared by the workshop's day (or undated) count: one
    // declared later was not before the meeting, and the record of a held
    // workshop does not change when the register grows.
    auto declared = db.prepare(
        "SELECT i.member_id, i.provider_id, i.description FROM declared_interest i JOIN "
        "workshop_attendance a ON a.member_id = i.member_id AND a.workshop_id = ?1 JOIN workshop "
        "w ON w.id = a.workshop_id WHERE i.provider_id IS NOT NULL AND (i.declared_on IS NULL OR "
        "w.held_on IS NULL OR i.declared_on <= w.held_on) ORDER BY i.id");
    declared.bind(1, standing.workshop);
    while (declared.step()) {
        interests.push_back({.member = declared.int64(0),
                             .provider = declared.int64(1),
                             .description = declared.text(2)});
    }

    std::vector<InterestHandling> handling;
    auto actions = db.prepare("SELECT member_id, action, dispensation FROM interest_action WHERE "
                              "agenda_item_id = ?1 ORDER BY id");
    actions.bind(1, itemId);
    while (actions.step()) {
        handling.push_back({.member = actions.int64(0),
                            .action = actionFromKey(actions.text(1)),
                            .dispensation = actions.int64(2) != 0});
    }

    standing.eligibility = eligibilityFor(members, providers, interests, handling, providerNames);
    std::set<std::int64_t> cannotVote;
    for (const auto& e : standing.eligibility) {
        if (!e.mayVote) {
            cannotVote.insert(e.member);
        }
    }
    standing.quorum = checkQuorum(loadQuorumRules(db), attendees, cannotVote);
    return standing;
}

} // namespace jointly::workshop

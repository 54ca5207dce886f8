#include "workshop/WorkshopInterests.h"

#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "workshop/WorkshopKinds.h"

namespace jointly::workshop {

namespace {

struct Presence {
    bool present = false;
    std::string who;      // the member's name, or "That member"
    std::string workshop; // the workshop's name, curly-quoted, or "the workshop"
    std::string heldOn;   // empty when undated
};

Presence presenceOf(storage::Database& db, std::int64_t workshopId, std::int64_t memberId) {
    Presence found;
    auto member = db.prepare("SELECT name FROM member WHERE id = ?1");
    member.bind(1, memberId);
    found.who = member.step() && !member.text(0).empty() ? member.text(0) : "That member";
    auto workshop = db.prepare("SELECT name, held_on FROM workshop WHERE id = ?1");
    workshop.bind(1, workshopId);
    if (workshop.step()) {
        found.workshop =
            workshop.text(0).empty() ? "the workshop" : "the workshop " + workshop.text(0);
        found.heldOn = workshop.isNull(1) ? std::string() : workshop.text(1);
    }
    auto attendance = db.prepare("SELECT 1 FROM workshop_attendance WHERE workshop_id = ?1 AND "
                                 "member_id = ?2 AND status = 'present'");
    attendance.bind(1, workshopId);
    attendance.bind(2, memberId);
    found.present = attendance.step();
    return found;
}

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

std::string actionKey(ChairAction action) {
    switch (action) {
    case ChairAction::Noted:
        return "noted";
    case ChairAction::DiscussOnly:
        return "discuss_only";
    case ChairAction::LeftRoom:
        return "left_room";
    case ChairAction::Excluded:
    case ChairAction::NotYetDecided:
        break;
    }
    return "excluded";
}

ChairAction actionFromKey(const std::string& key) {
    if (key == "noted") {
        return ChairAction::Noted;
    }
    if (key == "discuss_only") {
        return ChairAction::DiscussOnly;
    }
    if (key == "left_room") {
        return ChairAction::LeftRoom;
    }
    return ChairAction::Excluded;
}

std::optional<ChairsAction> chairActionOf(storage::Database& db, std::int64_t item,
                                          std::int64_t member) {
    auto row = db.prepare("SELECT action, dispensation, note FROM interest_action WHERE "
                          "agenda_item_id = ?1 AND member_id = ?2 ORDER BY id LIMIT 1");
    row.bind(1, item);
    row.bind(2, member);
    if (!row.step()) {
        return std::nullopt;
    }
    return ChairsAction{.item = item,
                        .member = member,
                        .action = actionFromKey(row.text(0)),
                        .dispensation = row.int64(1) != 0,
                        .note = row.text(2)};
}

Outcome<std::int64_t> declareInterestOnTheDay(project::Project& project,
                                              const InterestOnTheDay& interest) {
    auto presence = project.guarded<Outcome<Presence>>([&]() -> Outcome<Presence> {
        auto& db = project.database();
        auto exists = db.prepare("SELECT 1 FROM workshop WHERE id = ?1");
        exists.bind(1, interest.workshop);
        if (!exists.step()) {
            return Error{ErrorKind::NotFound,
                         "That workshop no longer exists; it may have been deleted."};
        }
        return presenceOf(db, interest.workshop, interest.member);
    });
    if (!presence.ok()) {
        return presence.error();
    }
    const auto& in = presence.value();
    if (!in.present) {
        return Error{ErrorKind::Invalid, in.who + " is not recorded as present at " + in.workshop +
                                             ", so cannot declare an interest there. Mark them "
                                             "present first, or add the interest on the "
                                             "Partnership page."};
    }
    if (blank(interest.description)) {
        return Error{ErrorKind::Invalid,
                     "Write what the interest is, for the register: for example, 'Employed by "
                     "the trust' or 'A relative works for the provider'."};
    }
    records::FieldValues values{{"member_id", interest.member},
                                {"kind", interest.kind},
                                {"description", interest.description}};
    if (interest.provider) {
        values.emplace_back("provider_id", *interest.provider);
    }
    if (!in.heldOn.empty()) {
        values.emplace_back("declared_on", in.heldOn);
    }
    return records::addRecord(project, partnership::declaredInterest(), values);
}

Status recordChairAction(project::Project& project, const ChairsAction& action) {
    if (action.action == ChairAction::NotYetDecided) {
        return Error{ErrorKind::Invalid, "Choose what the chair decided: noted, discussion only, "
                                         "excluded from the item, or left the room."};
    }
    struct Found {
        Presence presence;
        std::optional<std::int64_t> existing;
    };
    auto found = project.guarded<Outcome<Found>>([&]() -> Outcome<Found> {
        auto& db = project.database();
        auto item = db.prepare("SELECT workshop_id FROM agenda_item WHERE id = ?1");
        item.bind(1, action.item);
        if (!item.step()) {
            return Error{ErrorKind::NotFound,
                         "That agenda item no longer exists; it may have been deleted."};
        }
        Found result{.presence = presenceOf(db, item.int64(0), action.member),
                     .existing = std::nullopt};
        auto recorded = db.prepare("SELECT id FROM interest_action WHERE agenda_item_id = ?1 AND "
                                   "member_id = ?2 ORDER BY id LIMIT 1");
        recorded.bind(1, action.item);
        recorded.bind(2, action.member);
        if (recorded.step()) {
            result.existing = recorded.int64(0);
        }
        return result;
    });
    if (!found.ok()) {
        return found.error();
    }
    if (!found.value().presence.present) {
        return Error{ErrorKind::Invalid, found.value().presence.who +
                                             " is not recorded as present at " +
                                             found.value().presence.workshop +
                                             ", so the chair has no action to record for them."};
    }
    const records::FieldValues values{{"action", actionKey(action.action)},
                                      {"dispensation", std::int64_t{action.dispensation ? 1 : 0}},
                                      {"note", action.note}};
    if (found.value().existing) {
        return records::setFields(project, interestAction(), *found.value().existing, values);
    }
    auto fields = values;
    fields.emplace_back("agenda_item_id", action.item);
    fields.emplace_back("member_id", action.member);
    auto added = records::addRecord(project, interestAction(), fields);
    return added.ok() ? Status(Done{}) : Status(added.error());
}

} // namespace jointly::workshop

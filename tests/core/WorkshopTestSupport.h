#pragma once

// A small partnership with a workshop, for the workshop tests: its
// members, attendance, agenda and quorum rules are described below.

#include "core/PlanStoreTestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "records/RecordStore.h"
#include "workshop/ItemStanding.h"
#include "workshop/LoadedRound.h"
#include "workshop/WorkshopEdits.h"
#include "workshop/WorkshopKinds.h"

#include <catch2/catch.hpp>

namespace jointly::testing {

using namespace jointly::workshop;

// A partnership of a council and an ICB, with a community trust as a
// provider. The terms of reference ask for two councillors and two ICB
// members. At the workshop: the two councillors and the council's director
// are present; for the ICB, Dr Priya Shah (who has an interest in the
// trust) and Sam Cole, standing in for Mark Lee, who sent apologies.
struct Workshop : PlanProject {
    std::int64_t council = partner("Westshire County Council");
    std::int64_t icb = partner("NHS Westshire ICB");
    std::int64_t trust = partner("Westshire Community Trust");
    std::int64_t ann = member("Cllr Ann Hale", council, "Councillor, adult social care");
    std::int64_t ben = member("Cllr Ben Ray", council, "Councillor");
    std::int64_t jo = member("Jo Dean", council, "Director of adult social care");
    std::int64_t priya = member("Dr Priya Shah", icb, "GP clinical lead");
    std::int64_t mark = member("Mark Lee", icb, "Director of commissioning");
    std::int64_t sam = member("Sam Cole", icb, "Deputy director");
    std::int64_t session = add(workshop::workshop(), {{"name", text("Priorities workshop")},
                                                      {"held_on", text("2026-10-14")}});
    std::int64_t general = item("Ranking the priorities", "priorities");
    std::int64_t trustItem = item("Community falls service", "pbma");

    Workshop() {
        add(partnership::quorumRule(), {{"partner_id", number(council)},
                                        {"minimum", number(2)},
                                        {"role", text("councillor")}});
        add(partnership::quorumRule(), {{"partner_id", number(icb)}, {"minimum", number(2)}});
        add(partnership::declaredInterest(),
            {{"member_id", number(priya)},
             {"provider_id", number(trust)},
             {"description", text("Partner is a trust governor")}});
        for (auto m : {ann, ben, jo, priya}) {
            present(m);
        }
        add(attendance(), {{"workshop_id", number(session)},
                           {"member_id", number(mark)},
                           {"status", text("apologies")}});
        add(attendance(), {{"workshop_id", number(session)},
                           {"member_id", number(sam)},
                           {"acting_for_member_id", number(mark)}});
        add(agendaProvider(),
            {{"agenda_item_id", number(trustItem)}, {"provider_id", number(trust)}});
    }
    std::int64_t partner(const char* name) {
        return add(partnership::partnerOrganisation(), {{"name", text(name)}});
    }
    std::int64_t member(const char* name, std::int64_t partnerId, const char* role) {
        return add(partnership::member(),
                   {{"name", text(name)}, {"partner_id", number(partnerId)}, {"role", text(role)}});
    }
    std::int64_t item(const char* title, const char* kind) {
        return add(
            agendaItem(),
            {{"workshop_id", number(session)}, {"title", text(title)}, {"kind", text(kind)}});
    }
    void present(std::int64_t m) {
        add(attendance(), {{"workshop_id", number(session)}, {"member_id", number(m)}});
    }
    ItemStanding standing(std::int64_t itemId) {
        auto loaded = loadItemStanding(db(), itemId);
        REQUIRE(loaded);
        return *loaded;
    }
    LoadedRound round(std::int64_t id) {
        auto loaded = loadRound(db(), id);
        INFO(describe(loaded));
        REQUIRE(loaded.ok());
        return loaded.value();
    }
    void moveTo(std::int64_t id, RoundState state) {
        auto done = setRoundState(*project, id, state);
        INFO(describe(done));
        REQUIRE(done.ok());
    }
    void ballot(std::int64_t roundId, std::int64_t memberId,
                std::vector<std::optional<std::int64_t>> values) {
        auto done = enterBallot(*project, roundId, memberId, values);
        INFO(describe(done));
        REQUIRE(done.ok());
    }
    Outcome<std::int64_t> tryAdd(const records::RecordKind& kind,
                                 const records::FieldValues& initial) {
        return records::addRecord(*project, kind, initial);
    }
    std::int64_t count(const char* table) {
        return db().queryInt64(std::string("SELECT count(*) FROM ") + table);
    }
};

inline std::int64_t priorityNamed(Workshop& w, const char* name, std::int64_t rank) {
    return w.add(planning::priority(), {{"name", text(name)}, {"rank", number(rank)}});
}

} // namespace jointly::testing

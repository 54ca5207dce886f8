#include "core/PlanStoreTestSupport.h"

#include "calendar/CalendarEvents.h"
#include "calendar/IcsExport.h"
#include "interchange/ProjectJson.h"
#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "procurement/ProcurementKinds.h"
#include "project/ProjectIdentity.h"
#include "workshop/WorkshopKinds.h"

#include <catch2/catch.hpp>

#include <libical/ical.h>

#include <map>

using namespace jointly;
using jointly::testing::number;
using jointly::testing::PlanProject;
using jointly::testing::text;

namespace {

struct ParsedEvent {
    std::string summary;
    std::string start; // YYYYMMDD
    std::string end;
    bool wholeDay = false;
    std::string description;
    std::string location;
};

// The calendar as a calendar program reads it: libical's own parser.
std::map<std::string, ParsedEvent> parse(const std::string& ics) {
    std::map<std::string, ParsedEvent> events;
    icalcomponent* calendar = icalparser_parse_string(ics.c_str());
    REQUIRE(calendar != nullptr);
    REQUIRE(icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT);
    for (auto* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event != nullptr;
         event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ParsedEvent parsed;
        parsed.summary = icalcomponent_get_summary(event);
        const auto start = icalcomponent_get_dtstart(event);
        const auto end = icalcomponent_get_dtend(event);
        parsed.wholeDay = start.is_date != 0 && end.is_date != 0;
        char day[16];
        std::snprintf(day, sizeof day, "%04d%02d%02d", start.year, start.month, start.day);
        parsed.start = day;
        std::snprintf(day, sizeof day, "%04d%02d%02d", end.year, end.month, end.day);
        parsed.end = day;
        if (const char* description = icalcomponent_get_description(event)) {
            parsed.description = description;
        }
        if (const char* location = icalcomponent_get_location(event)) {
            parsed.location = location;
        }
        events[icalcomponent_get_uid(event)] = parsed;
    }
    icalcomponent_free(calendar);
    return events;
}

} // namespace

TEST_CASE("the partnership's dates export as iCalendar that a calendar reads back, with UIDs "
          "that stay the same from one export to the next",
          "[calendar]") {
    PlanProject p;
    const auto identity = project::projectIdentity(p.db());
    // 128 random bits, as 32 hexadecimal digits.
    REQUIRE(identity.size() == 32);
    CHECK(identity.find_first_not_of("0123456789abcdef") == std::string::npos);

    const auto action = p.add(planning::planAction(),
                              {{"description", text("Agree the falls pathway; phase 2, with GPs\n"
                                                    "BEGIN:VEVENT")},
                               {"due_on", text("2027-03-31")}});
    p.add(planning::planAction(), {{"description", text("Cancelled work")},
                                   {"due_on", text("2027-04-30")},
                                   {"status", text("cancelled")}});
    p.add(planning::planAction(), {{"description", text("No date yet")}});
    const auto procurement =
        p.add(procurement::procurement(), {{"name", text("Community falls service 2027")}});
    const auto deadline = p.add(procurement::milestone(), {{"procurement_id", number(procurement)},
                                                           {"step", text("tender_deadline")},
                                                           {"due_on", text("2027-01-15")}});
    // 30 June 2030 less six months' notice is 30 December 2029.
    const auto contract =
        p.add(procurement::contract(), {{"name", text("Falls and frailty 2027-2030")},
                                        {"ends_on", text("2030-06-30")},
                                        {"extension_decision_on", text("2029-09-30")},
                                        {"notice_months", number(6)}});
    const auto workshop = p.add(workshop::workshop(), {{"name", text("Prioritisation")},
                                                       {"held_on", text("2026-12-08")},
                                                       {"venue", text("Room 2, County Hall")}});

    const auto first = calendar::calendarText(p.db(), "2026-12-03T09:30:00Z");
    const auto events = parse(first);
    const auto uid = [&](const std::string& what) {
        return what + "@" + identity + ".jointly";
    };
    // The action, the deadline, three dates of the contract and the workshop;
    // not the cancelled action nor the one with no date.
    REQUIRE(events.size() == 6);

    const auto& due = events.at(uid("plan-action-" + std::to_string(action)));
    CHECK(due.wholeDay);
    CHECK(due.start == "20270331");
    CHECK(due.end == "20270401");
    // Its first line; commas and semicolons come back as typed, and the
    // second line cannot start an event of its own.
    CHECK(due.summary == "Action due: Agree the falls pathway; phase 2, with GPs");
    CHECK(first.find("\r\nBEGIN:VEVENT\r\nUID:plan-action-") != std::string::npos);

    const auto& tender = events.at(uid("procurement-milestone-" + std::to_string(deadline)));
    CHECK(tender.start == "20270115");
    CHECK(tender.summary.find(": Community falls service 2027") != std::string::npos);

    const auto id = std::to_string(contract);
    CHECK(events.at(uid("contract-" + id + "-notice")).start == "20291230");
    CHECK(events.at(uid("contract-" + id + "-notice")).summary ==
          "Last day to give notice: Falls and frailty 2027-2030");
    CHECK(events.at(uid("contract-" + id + "-notice")).description ==
          "The contract ends on 2030-06-30 and needs 6 months' notice.");
    CHECK(events.at(uid("contract-" + id + "-extension-decision")).start == "20290930");
    CHECK(events.at(uid("contract-" + id + "-end")).start == "20300630");
    CHECK(events.at(uid("workshop-" + std::to_string(workshop))).location == "Room 2, County Hall");

    // A later export: the same UIDs, a new stamp.
    const auto second = calendar::calendarText(p.db(), "2027-01-04T08:00:00Z");
    const auto again = parse(second);
    REQUIRE(again.size() == events.size());
    for (const auto& [each, event] : events) {
        CHECK(again.count(each) == 1);
    }
    CHECK(first.find("DTSTAMP:20261203T093000Z") != std::string::npos);
    CHECK(second.find("DTSTAMP:20270104T080000Z") != std::string::npos);
    CHECK(first.find("PRODID:-//Jointly//Jointly ") != std::string::npos);
    CHECK(first.find("X-WR-CALNAME:Westshire Partnership") != std::string::npos);

    // Written to a file only with the .ics ending.
    const auto path = p.dir.file("dates.ics");
    auto written = calendar::exportCalendar(p.db(), path, "2026-12-03T09:30:00Z");
    REQUIRE(written.ok());
    CHECK(written.value() == 6);
    auto refused = calendar::exportCalendar(p.db(), p.dir.file("dates.txt"), "");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "Jointly writes calendars as iCalendar files: end the name \u201Cdates.txt\u201D with "
          ".ics.");
}

TEST_CASE("the project's identity is kept by its JSON, and every new project has its own",
          "[calendar][json]") {
    PlanProject first;
    PlanProject second;
    CHECK(project::projectIdentity(first.db()) != project::projectIdentity(second.db()));
    const auto json = first.dir.file("first.json");
    REQUIRE(interchange::writeProjectJson(first.path, json).ok());
    const auto again = first.dir.file("again.jointly");
    REQUIRE(interchange::importProjectJson(json, again).ok());
    auto opened = project::Project::open(again);
    REQUIRE(opened.ok());
    CHECK(project::projectIdentity(opened.value()->database()) ==
          project::projectIdentity(first.db()));
}

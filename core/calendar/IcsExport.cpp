#include "calendar/IcsExport.h"

#include "Version.h"
#include "calendar/CalendarEvents.h"
#include "quantities/WorkingDays.h"
#include "storage/Database.h"
#include "util/PartialFile.h"
#include "util/Text.h"

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

namespace jointly::calendar {

namespace {

struct ComponentFree {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

icaltimetype dateOf(const std::string& iso) {
    icaltimetype date = icaltime_null_date();
    date.year = std::atoi(iso.substr(0, 4).c_str());
    date.month = std::atoi(iso.substr(5, 2).c_str());
    date.day = std::atoi(iso.substr(8, 2).c_str());
    date.is_date = 1;
    return date;
}

// "2026-12-03T09:30:00Z" as a UTC time; the epoch's start for anything else.
icaltimetype stampOf(const std::string& utc) {
    std::string basic; // 20261203T093000Z
    for (const char c : utc) {
        if (c != '-' && c != ':') {
            basic += c;
        }
    }
    icaltimetype stamp = icaltime_from_string(basic.c_str());
    if (icaltime_is_null_time(stamp) || !icaltime_is_valid_time(stamp)) {
        stamp = icaltime_from_timet_with_zone(0, 0, icaltimezone_get_utc_timezone());
    }
    return stamp;
}

std::string partnershipName(storage::Database& db) {
    auto read = db.prepare("SELECT name FROM partnership WHERE id = 1");
    return read.step() ? read.text(0) : std::string();
}

} // namespace

std::string calendarText(storage::Database& db, const std::string& stampUtc) {
    std::unique_ptr<icalcomponent, ComponentFree> calendar(
        icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    const std::string product = std::string("-//Jointly//Jointly ") + kVersion + "//EN";
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(product.c_str()));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    // The name calendar programs show for the calendar.
    const auto name = util::validUtf8(partnershipName(db));
    icalproperty* title = icalproperty_new_x(name.empty() ? "Jointly" : name.c_str());
    icalproperty_set_x_name(title, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), title);

    const auto stamp = stampOf(stampUtc);
    for (const auto& event : calendarEvents(db)) {
        icalcomponent* vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(vevent,
                                   icalproperty_new_uid(util::validUtf8(event.uid).c_str()));
        icalcomponent_add_property(vevent, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(vevent, icalproperty_new_dtstart(dateOf(event.date)));
        // A whole day ends at the start of the next (past 9999, a date alone
        // is taken as one day, as RFC 5545 says).
        const auto next = quantities::dateOfDayNumber(*quantities::dayNumberOfDate(event.date) + 1);
        if (next.size() == 10) {
            icalcomponent_add_property(vevent, icalproperty_new_dtend(dateOf(next)));
        }
        icalcomponent_add_property(
            vevent, icalproperty_new_summary(util::validUtf8(event.summary).c_str()));
        if (!event.details.empty()) {
            icalcomponent_add_property(
                vevent, icalproperty_new_description(util::validUtf8(event.details).c_str()));
        }
        if (!event.place.empty()) {
            icalcomponent_add_property(
                vevent, icalproperty_new_location(util::validUtf8(event.place).c_str()));
        }
        icalcomponent_add_property(vevent, icalproperty_new_categories(event.category.c_str()));
        icalcomponent_add_property(vevent, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), vevent);
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    std::string written = text != nullptr ? text : "";
    icalmemory_free_buffer(text);
    return written;
}

Outcome<std::size_t> exportCalendar(storage::Database& db, const std::string& path,
                                    const std::string& stampUtc) {
    const auto name = util::fileNameOf(path);
    if (!util::endsWithCaseless(path, ".ics")) {
        return Error{ErrorKind::Invalid, "Jointly writes calendars as iCalendar files: end the "
                                         "name " +
                                             util::curlyQuoted(name) + " with .ics."};
    }
    const auto events = calendarEvents(db).size();
    const auto text = calendarText(db, stampUtc);
    util::PartialFile file(path, name);
    if (auto opened = file.opened(); !opened.ok()) {
        return opened.error();
    }
    file.stream() << text;
    if (auto committed = file.commit(); !committed.ok()) {
        return committed.error();
    }
    return events;
}

} // namespace jointly::calendar

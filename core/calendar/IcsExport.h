#pragma once

#include "Outcome.h"

#include <cstddef>
#include <string>

namespace jointly::storage {
class Database;
}

// File > Export calendar and 'jointly export-calendar': the partnership's
// dates (calendar/CalendarEvents.h) as an iCalendar file (RFC 5545),
// written with libical, that Outlook, Google Calendar and Apple Calendar
// import. Each event is a whole day, shown as free time, with a UID that
// stays the same from one export to the next, so importing a newer export
// updates the events rather than adding them twice.
namespace jointly::calendar {

// The calendar as iCalendar text. `stampUtc` is when it is made, as
// YYYY-MM-DDTHH:MM:SSZ (each event's DTSTAMP).
std::string calendarText(storage::Database& db, const std::string& stampUtc);

// Writes it to `path`, which appears only when whole; returns how many
// events it holds.
Outcome<std::size_t> exportCalendar(storage::Database& db, const std::string& path,
                                    const std::string& stampUtc);

} // namespace jointly::calendar

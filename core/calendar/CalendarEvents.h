#pragma once

#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// The dates a partnership works to, from every stage, as whole-day events
// for a calendar: the plan's actions and milestones and its documents'
// refresh dates, the partnership agreement's review, each procurement's
// timeline (notices, deadlines, the end of standstill), each contract's
// last day to give notice, extension decision and end, the remedial
// milestones of performance notices, and workshop sessions.
namespace jointly::calendar {

struct CalendarEvent {
    // The same for the same date of the same record in every export of the
    // project (and its copies), so a calendar updates rather than adds it:
    // "<what>-<id>[-<which>]@<project identity>.jointly".
    std::string uid;
    std::string date;     // YYYY-MM-DD
    std::string summary;  // "Tender deadline: Community falls service 2027"
    std::string details;  // a line or two, or empty
    std::string category; // the stage: "Plan", "Procure", ...
    std::string place;    // where, for a workshop
};

// Every dated event, by date, then by summary. Dates that are not real
// dates are left out.
std::vector<CalendarEvent> calendarEvents(storage::Database& db);

} // namespace jointly::calendar

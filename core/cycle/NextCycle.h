#pragma once

#include "Outcome.h"
#include "planning/PlanStore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::project {
class Project;
}
namespace jointly::storage {
class Database;
}

// "Start the next cycle year" (PRODUCT.md stage 4, closing the cycle): every
// plan due for refresh by the start of the new year (or, with no refresh
// date, whose horizon has run out by then) rolled forward a year (the plan
// roll-forward), the
// actions and risks still open carried into the year, and each KPI whose
// latest figure shows special cause concern, and each outcome measure not on
// track, made a draft needs statement for the next needs assessment, citing
// its evidence. All of it is
// recorded (cycle_year, cycle_carried) and done as one undoable edit, with a
// sentence saying what was done. The window, `jointly next-cycle` and the
// preview before it all work through here.
namespace jointly::cycle {

struct CarriedRecord {
    std::int64_t id = 0;
    std::string description;
    std::string note; // "in progress, due 2026-09-30"
};

// A candidate finding for the next needs assessment: a KPI whose latest
// figure shows special cause concern, or an outcome measure not on track
// against its trajectory. It cites its evidence: the KPI, or the measure's
// indicator or KPI.
struct Finding {
    bool fromOutcome = false;
    std::optional<std::int64_t> kpiId;
    std::optional<std::int64_t> indicatorId;
    std::string kpi; // what it comes from: the KPI's or the measure's name
    std::optional<std::int64_t> careGroupId;
    std::string statement;
    std::string severity; // "moderate", or "high" when the KPI is also red
    std::string evidence; // the note on the evidence
};

struct NextCycle {
    int year = 0;         // the cycle year started: the financial year, as its first calendar year
    std::string yearText; // "2027/28"
    std::vector<planning::PlanRoll> plans;
    std::size_t plansWithoutStart = 0; // left as they are
    // Not yet due for refresh by the start of the year, or within their
    // horizon (a ten-year strategy): left as they are.
    std::size_t plansStillRunning = 0;
    std::vector<CarriedRecord> actions;
    std::vector<CarriedRecord> risks;
    std::vector<Finding> findings;
    // "Started the 2027/28 cycle year: 3 plans rolled forward a year, ..."
    std::string sentence;
};

// What starting the next cycle year would do, as at today (YYYY-MM-DD),
// without changing anything: the window shows it before asking. The year
// is the one after the last cycle year started, or after the financial year
// holding today when none has been.
Outcome<NextCycle> previewNextCycle(storage::Database& db, std::string_view today);

// Does it, as one undoable edit labelled "Start the 2027/28 cycle year".
Outcome<NextCycle> startNextCycle(project::Project& project, std::string_view today);

} // namespace jointly::cycle

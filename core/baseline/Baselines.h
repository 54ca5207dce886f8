#pragma once

#include "Outcome.h"
#include "baseline/PlanComparison.h"
#include "baseline/PlanSnapshot.h"

#include <cstdint>
#include <string>
#include <vector>

namespace jointly::project {
class Project;
}
namespace jointly::storage {
class Database;
}

// The baselines a project keeps: "Freeze the plan as approved" takes one,
// named and dated, as one undoable edit; each is read back through the
// archive's checks.
namespace jointly::baseline {

struct BaselineSummary {
    std::int64_t id = 0;
    std::string name;
    std::string takenOn;
};

// Takes a baseline of the plan as it is now, named `name` and dated `today`
// (YYYY-MM-DD), as one edit labelled 'Freeze the plan as approved:
// “NAME”'. Refuses an empty name and a name another baseline has, with a
// sentence. Returns the baseline's id.
Outcome<std::int64_t> freezePlan(project::Project& project, const std::string& name,
                                 const std::string& today);

// Every baseline, oldest first.
std::vector<BaselineSummary> listBaselines(storage::Database& db);

// The baseline with this name (ignoring case) or id, read and checked.
// Refuses, with a sentence, no such baseline (naming those there are) and an
// archive that is damaged, hostile or from a newer Jointly.
Outcome<PlanSnapshot> readBaseline(storage::Database& db, const std::string& nameOrId);

// The plan now against that baseline, as the window and 'jointly compare'
// show it. Refuses as readBaseline does.
Outcome<PlanComparison> compareWithPlanNow(storage::Database& db, const std::string& nameOrId);

} // namespace jointly::baseline

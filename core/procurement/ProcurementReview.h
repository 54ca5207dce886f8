#pragma once

#include "Outcome.h"
#include "procurement/ConsiderableChange.h"
#include "procurement/Timeline.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}
namespace jointly::project {
class Project;
}

// A procurement as the Procure page and `jointly timeline` show it: its
// regime and route, the warnings about them, the considerable change test
// for direct award C, and its milestones with every minimum they break.
namespace jointly::procurement {

// The tables a review reads: a view of one is stale when an edit touches any.
inline constexpr std::string_view kReviewReads[] = {"procurement", "procurement_milestone",
                                                    "procurement_conflict", "specification_budget"};

struct ProcurementReview {
    std::int64_t id = 0;
    std::string name; // "unnamed procurement" when empty
    std::string regime;
    std::string route;
    std::optional<std::int64_t> valuePence; // as given, or the specification's envelope
    bool valueFromEnvelope = false;
    std::vector<std::string> warnings; // the route's regime, the thresholds
    std::optional<ChangeTest> change;  // for direct award C only
    std::vector<Milestone> milestones; // by date, undated last
    std::vector<BrokenRule> broken;
    std::int64_t conflictEntries = 0;
};

// Every procurement, in id order (the order they were added). The
// thresholds that apply are those on the earliest milestone's date, or on
// `today` (YYYY-MM-DD) before there is one.
std::vector<ProcurementReview> reviewProcurements(storage::Database& db, std::string_view today);

// One procurement; nothing when there is no such procurement.
std::optional<ProcurementReview> reviewProcurement(storage::Database& db, std::int64_t id,
                                                   std::string_view today);

// Lays out the procurement's timeline from firstDate (planTimeline) as one
// undoable edit, "Plan the timeline of “Falls service”", replacing the
// milestones it has. Refuses, with a sentence and changing nothing, when any
// milestone is already marked done (move those dates by hand instead), and
// whatever planTimeline refuses.
Status planMilestones(project::Project& project, std::int64_t procurementId,
                      std::string_view firstDate);

} // namespace jointly::procurement

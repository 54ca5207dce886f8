#include "bcf/BcfKinds.h"
#include "stages/Stage.h"

#include "monitoring/ContractPerformance.h"
#include "monitoring/MonitoringKinds.h"
#include "monitoring/MonitoringProgress.h"
#include "needs/IndicatorImport.h"
#include "needs/NeedsKinds.h"
#include "needs/NeedsProgress.h"
#include "needs/NeedsWorkings.h"
#include "partnership/PartnershipKinds.h"
#include "partnership/PartnershipProgress.h"
#include "partnership/PartnershipWorkings.h"
#include "planning/PlanningKinds.h"
#include "planning/PlanningProgress.h"
#include "planning/PlanningWorkings.h"
#include "procurement/ContractRegister.h"
#include "procurement/ProcurementKinds.h"
#include "procurement/ProcurementProgress.h"
#include "procurement/ProcurementWorkings.h"
#include "records/RecordKind.h"
#include "storage/Database.h"
#include "workshop/WorkshopKinds.h"
#include "workshop/WorkshopWorkings.h"

#include <algorithm>

namespace jointly::stages {

namespace {

void countNeedsOthers(storage::Database& db, Counts& counts) {
    counts.emplace_back("indicator values",
                        db.queryInt64(std::string("SELECT count(*) FROM indicator_value v WHERE ") +
                                      needs::kLiveValue));
    counts.emplace_back("indicator imports",
                        db.queryInt64("SELECT count(*) FROM indicator_import WHERE active = 1"));
}

void countPlanOthers(storage::Database& db, Counts& counts) {
    counts.emplace_back("appraisal scores", db.queryInt64("SELECT count(*) FROM appraisal_score"));
}

void countProcureOthers(storage::Database& db, Counts& counts) {
    counts.emplace_back("evaluators' scores",
                        db.queryInt64("SELECT count(*) FROM evaluation_score"));
    counts.emplace_back("consensus scores", db.queryInt64("SELECT count(*) FROM moderated_score"));
}

// Workshops serve the plan (priorities ranked, options scored, proposals
// decided, actions agreed), so the plan stage keeps and works them out too;
// and so with a Better Care Fund expenditure plan.
const std::vector<const records::RecordKind*>& planAndWorkshopKinds() {
    static const std::vector<const records::RecordKind*> kinds = [] {
        auto both = planning::allKinds();
        both.insert(both.end(), workshop::allKinds().begin(), workshop::allKinds().end());
        both.insert(both.end(), bcf::allKinds().begin(), bcf::allKinds().end());
        return both;
    }();
    return kinds;
}

std::int64_t workOutPlanAndWorkshops(storage::Database& db) {
    return planning::workOutPlan(db) + workshop::workOutWorkshops(db);
}

// One line per stage, in the order of the cycle.
const Stage kStages[] = {
    {.key = "partnership",
     .name = "Partnership",
     .title = "Partnership",
     .progress = &partnership::partnershipProgress,
     .kinds = &partnership::allKinds,
     .workOut = &partnership::workOutPartnership},
    {.key = "needs",
     .name = "Needs",
     .title = "Needs assessment",
     .progress = &needs::needsProgress,
     .kinds = &needs::allKinds,
     .countOthers = &countNeedsOthers,
     .workOut = &needs::workOutNeeds},
    {.key = "plan",
     .name = "Plan",
     .title = "Planning",
     .progress = &planning::planningProgress,
     .kinds = &planAndWorkshopKinds,
     .countOthers = &countPlanOthers,
     .workOut = &workOutPlanAndWorkshops},
    {.key = "procure",
     .name = "Procure",
     .title = "Procurement",
     .progress = &procurement::procurementProgress,
     .kinds = &procurement::allKinds,
     .countOthers = &countProcureOthers,
     .workOut = &procurement::workOutProcurement,
     .alerts = &procurement::contractAlerts},
    {.key = "monitor",
     .name = "Monitor",
     .title = "Monitoring",
     .progress = &monitoring::monitoringProgress,
     .kinds = &monitoring::allKinds,
     .workOut = &monitoring::workOutMonitoring,
     .alerts = &monitoring::performanceAlerts},
};

} // namespace

} // namespace jointly::stages

namespace jointly::records {

std::span<const RecordKind* const> everyKind() {
    static const std::vector<const RecordKind*> kinds = [] {
        std::vector<const RecordKind*> every;
        for (const auto& stage : stages::all()) {
            if (stage.kinds) {
                every.insert(every.end(), stage.kinds().begin(), stage.kinds().end());
            }
        }
        return every;
    }();
    return kinds;
}

} // namespace jointly::records

namespace jointly::stages {

std::span<const Stage> all() {
    return kStages;
}

const Stage* find(std::string_view key) {
    for (const auto& stage : kStages) {
        if (stage.key == key) {
            return &stage;
        }
    }
    return nullptr;
}

const Stage* keeping(const records::RecordKind& kind) {
    for (const auto& stage : kStages) {
        if (stage.kinds == nullptr) {
            continue;
        }
        const auto& kinds = stage.kinds();
        if (std::find(kinds.begin(), kinds.end(), &kind) != kinds.end()) {
            return &stage;
        }
    }
    return nullptr;
}

} // namespace jointly::stages

#include "stages/Stage.h"

#include "needs/IndicatorImport.h"
#include "needs/NeedsKinds.h"
#include "needs/NeedsProgress.h"
#include "partnership/PartnershipKinds.h"
#include "partnership/PartnershipProgress.h"
#include "planning/PlanningKinds.h"
#include "planning/PlanningProgress.h"
#include "storage/Database.h"

#include <array>

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

const std::array<Stage, 5> kStages = {{
    {"partnership",
     "Partnership",
     "Partnership",
     {},
     {},
     &partnership::partnershipProgress,
     &partnership::allKinds,
     nullptr},
    {"needs",
     "Needs",
     "Needs assessment",
     {},
     {},
     &needs::needsProgress,
     &needs::allKinds,
     &countNeedsOthers},
    {"plan",
     "Plan",
     "Planning",
     {},
     {},
     &planning::planningProgress,
     &planning::allKinds,
     &countPlanOthers},
    {"procure", "Procure", "Procurement", "Procurement is not built yet.",
     "service specifications, procurement routes and timelines, tender evaluation and "
     "contracts.",
     nullptr, nullptr, nullptr},
    {"monitor", "Monitor", "Monitoring", "Monitoring is not built yet.",
     "KPIs with RAG status, delivery against dates, savings realised and outcome review.", nullptr,
     nullptr, nullptr},
}};

} // namespace

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

} // namespace jointly::stages

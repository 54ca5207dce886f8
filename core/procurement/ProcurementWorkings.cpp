#include "procurement/ProcurementWorkings.h"

#include "procurement/ProcurementReview.h"
#include "util/Text.h"

namespace jointly::procurement {

std::int64_t workOutProcurement(storage::Database& db) {
    std::int64_t worked = 0;
    for (const auto& review : reviewProcurements(db, util::nowUtc().substr(0, 10))) {
        worked += 1 + static_cast<std::int64_t>(review.milestones.size() + review.broken.size() +
                                                review.warnings.size());
    }
    return worked;
}

} // namespace jointly::procurement

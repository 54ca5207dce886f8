#include "procurement/ProcurementWorkings.h"

#include "procurement/ContractRegister.h"
#include "procurement/OcdsExport.h"
#include "procurement/ProcurementReview.h"
#include "procurement/TenderStore.h"
#include "util/Text.h"

namespace jointly::procurement {

std::int64_t workOutProcurement(storage::Database& db) {
    const auto today = util::nowUtc().substr(0, 10);
    std::int64_t worked = 0;
    for (const auto& review : reviewProcurements(db, today)) {
        worked += 1 + static_cast<std::int64_t>(review.milestones.size() + review.broken.size() +
                                                review.warnings.size());
        if (auto evaluation = loadEvaluation(db, review.id); evaluation.ok()) {
            worked += static_cast<std::int64_t>(evaluation.value().lots.size() +
                                                evaluation.value().summaries.size());
        }
    }
    for (const auto& contract : contractRegister(db, today, 6)) {
        worked += 1 + static_cast<std::int64_t>(contract.years.size() + contract.alerts.size());
    }
    // The open contracting data, under a prefix of the registered form
    // whether or not the partnership has set its own.
    OcdsOptions options;
    options.prefix = "ocds-000000";
    options.publishedAt = util::nowUtc();
    options.asAt = today;
    if (auto package = ocdsPackage(db, options); package.ok()) {
        worked += static_cast<std::int64_t>(package.value().releases);
    }
    return worked;
}

} // namespace jointly::procurement

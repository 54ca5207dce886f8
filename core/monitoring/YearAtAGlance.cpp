#include "monitoring/YearAtAGlance.h"

#include "planning/PlanStore.h"
#include "planning/SavingsSplit.h"
#include "procurement/ContractRegister.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "storage/Database.h"

namespace jointly::monitoring {

YearAtAGlance yearAtAGlance(storage::Database& db, std::string_view today) {
    YearAtAGlance glance;
    const auto year = quantities::financialYearContaining(today);
    if (!year.ok()) {
        glance.budget = year.error().message;
        return glance;
    }
    glance.yearText = quantities::formatFinancialYear(year.value());
    if (auto budget = planning::loadReconciliation(db, year.value()); budget.ok()) {
        glance.budget = budget.value().sentence;
        for (const auto& partner : budget.value().partners) {
            glance.partners.push_back(partner.partnerName + ": " +
                                      quantities::formatPounds(partner.totalPence) +
                                      " contributed");
        }
    } else {
        glance.budget = budget.error().message;
    }
    auto savings = planning::loadSavingsSplit(db, year.value(), planning::SavingsMeasure::Realised);
    if (savings.ok()) {
        glance.savings = savings.value().sentence;
        if (!savings.value().problem.empty()) {
            glance.savings += " " + savings.value().problem;
        }
        for (const auto& partner : savings.value().partners) {
            glance.savingsShares.push_back(partner.partnerName + ": " +
                                           quantities::formatPounds(partner.totalPence) + " of it");
        }
    } else {
        glance.savings = savings.error().message;
    }
    auto risks = db.prepare(
        "SELECT likelihood, impact, description, status FROM risk WHERE status <> 'closed' AND "
        "likelihood IS NOT NULL AND impact IS NOT NULL AND likelihood * impact >= ?1 ORDER BY "
        "likelihood * impact DESC, id");
    risks.bind(1, kRiskShownFrom);
    while (risks.step()) {
        const auto likelihood = risks.int64(0);
        const auto impact = risks.int64(1);
        glance.risks.push_back("Score " + std::to_string(likelihood * impact) + " (likelihood " +
                               std::to_string(likelihood) + " x impact " + std::to_string(impact) +
                               ", " + risks.text(3) + "): " + risks.text(2));
    }
    glance.delivery = deliveryAsAt(db, today);
    glance.contracts = procurement::contractAlerts(db, today);
    return glance;
}

} // namespace jointly::monitoring

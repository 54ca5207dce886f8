#pragma once

#include "monitoring/Delivery.h"

#include <cstdint>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// The rest of the partnership dashboard (PRODUCT.md stage 4), for the
// financial year holding a day: the budget against what was allocated,
// with each partner's contribution; savings realised against plan and
// target, with each partner's share of them after the sharing rule, to the
// penny; the open risks scoring at or above a threshold; what is overdue;
// and contracts whose notice date or extension decision is coming up. Each
// part in sentences, so a meeting can read it aloud.
namespace jointly::monitoring {

struct YearAtAGlance {
    std::string yearText;              // "2026/27"
    std::string budget;                // the reconciliation's sentence, or why there is none
    std::vector<std::string> partners; // "Westshire County Council: £18,240,000.00 contributed"
    std::string savings;               // realised against plan and target
    std::vector<std::string> savingsShares; // "Westshire County Council: £12,000.00 of it"
    std::vector<std::string> risks;         // "Score 16 (4 x 4): Care home fees rise ..."
    Delivery delivery;
    std::vector<std::string> contracts; // the register's alerts
};

// The risk score (likelihood x impact, 1-25) at or above which a risk is
// shown.
inline constexpr int kRiskShownFrom = 15;

YearAtAGlance yearAtAGlance(storage::Database& db, std::string_view today);

} // namespace jointly::monitoring

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// The plan's allocations reconciled against the contracts they pay for
// (PRODUCT.md stage 3): year by year, what the plan allocates to a contract
// against what the contract costs, and partner by partner, each partner's
// part of the allocation (split in proportion to what the partners
// contribute that year, as the budget splits the pooled fund) against its
// part of the contract (split by the contract's co-funding shares). Both
// splits are to the penny by the largest remainder (quantities/Apportion.h).
namespace jointly::procurement {

// The tables the reconciliation reads.
inline constexpr std::string_view kPlanFundingReads[] = {"allocation",      "contribution",
                                                         "contract",        "contract_value",
                                                         "contract_funder", "partner_organisation"};

struct PartnerFunding {
    std::optional<std::int64_t> partnerId;
    std::string partner;
    std::optional<std::int64_t> plannedPence;  // none when nobody contributes that year
    std::optional<std::int64_t> contractPence; // none when the shares are not exactly 100%
};

struct FundingYear {
    std::int64_t year = 0; // the calendar year the financial year starts in
    std::int64_t plannedPence = 0;
    std::int64_t contractPence = 0;
    std::vector<PartnerFunding> partners; // contributors first, then other co-funders
    // "In 2027/28 the plan allocates £712,500.00 to “Falls”, exactly what the
    // contract costs."
    std::string sentence;
    bool matches() const { return plannedPence == contractPence; }
};

struct PlanFunding {
    std::int64_t contractId = 0;
    std::string contract;
    std::vector<FundingYear> years;
};

// Every contract that at least one allocation pays for, in the order
// contracts were added, with every year either the plan or the contract
// has money in. Amounts too large to add up (a damaged file) are left out.
std::vector<PlanFunding> reconcilePlanWithContracts(storage::Database& db);

} // namespace jointly::procurement

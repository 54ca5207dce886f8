#pragma once

#include "Outcome.h"
#include "quantities/FinancialYear.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// A year's planned savings against its targets, and who gets them: the
// savings of joint schemes are shared between the partners by the
// partnership's sharing rule; a scheme that is not joint counts in full for
// its lead partner.
namespace jointly::planning {

struct PartnerSavings {
    std::int64_t partnerId = 0;
    std::string partnerName;
    std::int64_t jointPence = 0; // its part of the joint schemes' savings
    std::int64_t ownPence = 0;   // schemes it leads that are not joint
    std::int64_t totalPence = 0;
};

// Which savings are shared: those the schemes plan, or those realised so
// far (monitoring, PRODUCT.md stage 4).
enum class SavingsMeasure { Planned, Realised };

struct SavingsSplit {
    quantities::FinancialYear year;
    SavingsMeasure measure = SavingsMeasure::Planned;
    std::string rule;               // "proportional", "fixed" or "equal"
    std::int64_t targetPence = 0;   // the year's savings targets added up
    std::int64_t plannedPence = 0;  // every scheme's planned savings that year
    std::int64_t realisedPence = 0; // realised savings entered so far
    // Of the measure shared (planned, or realised): by joint schemes, and by
    // schemes neither joint nor led by a partner.
    std::int64_t jointPence = 0;
    std::int64_t unassignedPence = 0;
    // Partners in id order, each with its part; the joint parts add up to
    // exactly jointPence, by largest remainder (see apportion()).
    std::vector<PartnerSavings> partners;
    // "Schemes plan £450,000.00 of savings in 2026/27 against a target of
    // £500,000.00: £50,000.00 short." (or "... £20,000.00 more than the target."
    // or "... exactly the target."). Realised: "Schemes have realised
    // £120,000.00 of savings in 2026/27, of £450,000.00 planned, against a
    // target of £500,000.00: £380,000.00 short."
    std::string sentence;
    // Empty when the joint savings could be shared; otherwise why not (the
    // fixed shares do not add up to 100%, nobody contributed that year, ...).
    std::string problem;
};

// The split for one year. Refuses, with a sentence, totals too large to hold.
// The tables a year's savings and their split are worked out from.
inline constexpr std::string_view kSavingsReads[] = {"savings_target", "savings_scheme",
                                                     "scheme_saving",  "contribution",
                                                     "partnership",    "partner_organisation"};

Outcome<SavingsSplit> loadSavingsSplit(storage::Database& db, quantities::FinancialYear year,
                                       SavingsMeasure measure = SavingsMeasure::Planned);

} // namespace jointly::planning

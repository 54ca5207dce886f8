#pragma once

#include "Outcome.h"
#include "bcf/CodeLists.h"
#include "quantities/FinancialYear.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// A year's Better Care Fund expenditure plan, as the national planning
// template holds it: the lines of income, each scheme's lines of spending,
// and the template's own checks, to the penny: planned spending equals
// income, in all and source by source; the NHS minimum contribution to adult
// social care is met; and every code is on the year's list.
namespace jointly::bcf {

// The tables a plan is read from, for views that follow edits.
inline constexpr std::string_view kPlanReads[] = {"bcf_year", "bcf_income", "bcf_scheme",
                                                  "bcf_expenditure", "partner_organisation"};

struct IncomeLine {
    std::int64_t id = 0;
    std::string source; // as the list writes it when it is on the list
    std::string organisation;
    std::string district;
    std::int64_t pence = 0;
    std::string narrative;
};

struct SpendingLine {
    std::int64_t id = 0;
    std::string reference; // the scheme's
    std::string scheme;
    std::string description;
    std::string schemeType;
    std::string subType;
    std::string otherType;
    bool existing = false;
    std::string areaOfSpend;
    std::string commissioner; // "la", "nhs", "joint" or empty
    std::optional<std::int64_t> nhsShareBp;
    std::string provider;
    std::string providerName;
    std::string fundingSource;
    std::int64_t pence = 0;
    std::optional<std::int64_t> outputs;
    std::string outputUnit;
};

struct PlanCheck {
    bool met = false;
    std::string sentence;
};

struct ExpenditurePlan {
    quantities::FinancialYear year;
    CodeList codes;
    std::vector<IncomeLine> income;
    std::vector<SpendingLine> spending; // by scheme reference, then line
    std::int64_t incomePence = 0;
    std::int64_t spendingPence = 0;
    std::optional<std::int64_t> ascMinimumPence; // the year's, when given
    // Spending from the minimum NHS contribution on adult social care.
    std::int64_t ascSpendPence = 0;
    std::vector<PlanCheck> checks; // the sums first, then each line's codes
    bool allMet() const;
};

// The year's plan and its checks. Refused, with a sentence, for a year that
// has no code list, or totals too large to hold.
Outcome<ExpenditurePlan> loadExpenditurePlan(storage::Database& db, quantities::FinancialYear year);

// "Local Authority", "NHS", "Joint", as the template writes the commissioner.
std::string commissionerWords(const std::string& key);

} // namespace jointly::bcf

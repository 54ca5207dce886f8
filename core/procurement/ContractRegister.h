#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// The contract register as the Procure page and `jointly contracts` show
// it: each contract's funding split between its co-funders to the penny,
// year by year, where it came from, its KPIs, and the dates that need a
// decision soon.
namespace jointly::procurement {

// The tables the register is read from.
inline constexpr std::string_view kRegisterReads[] = {
    "contract", "contract_value", "contract_funder", "kpi", "procurement", "partner_organisation"};

struct ContractFunding {
    std::optional<std::int64_t> partnerId;
    std::string partner; // "unnamed partner" when none is chosen
    std::int64_t shareBp = 0;
};

struct ContractYear {
    std::int64_t year = 0; // the calendar year the financial year starts in
    std::int64_t valuePence = 0;
    // Each co-funder's part, in the order of ContractSummary::funders; empty
    // when the shares do not add up to exactly 100%.
    std::vector<std::int64_t> byFunder;
};

struct ContractKpiLine {
    std::string name;
    std::string unit;
    std::string polarity;
    std::string frequency;
    std::optional<std::int64_t> targetHundredths;
    bool paysIncentive = false;
};

// A date that needs a decision: "notice" or "extension".
struct ContractAlert {
    std::string what;
    std::string date;
    long daysAway = 0; // below zero once it has passed
    std::string sentence;
};

struct ContractSummary {
    std::int64_t id = 0;
    std::string name;
    std::string provider;
    std::string procurement;
    std::string regime; // the procurement's regime and route keys; empty without one
    std::string route;
    std::string startsOn;
    std::string endsOn;
    std::string latestEndOn;
    std::string noticeBy; // the end less the notice period; empty without both
    std::string extensionDecisionOn;
    std::string paymentBasis;
    std::vector<ContractFunding> funders;
    std::int64_t sharesBp = 0; // what the co-funders' shares add up to
    std::vector<ContractYear> years;
    std::optional<std::int64_t> totalPence; // nothing when the years overflow 64 bits
    std::optional<std::int64_t> atRiskBp;
    std::optional<std::int64_t> atRiskPence; // of the total, split as the budget splits
    std::vector<ContractKpiLine> kpis;
    std::vector<ContractAlert> alerts;
    std::vector<std::string> warnings; // shares not 100%, dates out of order, no KPI
};

// The date `months` calendar months before or after `date` (YYYY-MM-DD),
// the day kept where the month has it and otherwise its last day: 30 June
// 2030 less 6 months is 30 December 2029; 31 August 2029 less 6 months is 28
// February 2029. Empty for a date that is not one.
std::string addMonths(std::string_view date, std::int64_t months);

// Every contract, in the order they were added. A notice date or extension
// decision from `today` (YYYY-MM-DD) to alertMonths ahead is an alert, and
// so is one that has passed while the contract runs.
std::vector<ContractSummary> contractRegister(storage::Database& db, std::string_view today,
                                              int alertMonths);

// How many months ahead the navigator and the year at a glance look for a
// contract's notice date or extension decision.
inline constexpr int kContractAlertMonths = 6;

// The sentence of every alert of every contract within
// kContractAlertMonths, for the navigator.
std::vector<std::string> contractAlerts(storage::Database& db, std::string_view today);

} // namespace jointly::procurement

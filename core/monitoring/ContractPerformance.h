#pragma once

#include "Outcome.h"
#include "monitoring/Delivery.h"
#include "monitoring/KpiBoard.h"
#include "monitoring/KpiRecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::project {
class Project;
}
namespace jointly::storage {
class Database;
}

// Contract performance (issue 14, section 3): per contract, its KPIs'
// latest status and breaches with their consequence, the performance
// notices given to its provider with the milestones of each remedial action
// plan (NHS Standard Contract GC9), and each year's assessment with a rating
// per KPI (Procurement Act 2023 s.71, the UK9 notice), which the OCDS export
// publishes as metric observations. The Monitor page's Contracts tab,
// `jointly performance` and `jointly assess` all work through here.
namespace jointly::monitoring {

// The tables contract performance is read from.
inline constexpr std::string_view kContractPerformanceReads[] = {"contract",
                                                                 "kpi",
                                                                 "kpi_target",
                                                                 "kpi_actual",
                                                                 "kpi_annotation",
                                                                 "kpi_rebase",
                                                                 "performance_notice",
                                                                 "remedial_milestone",
                                                                 "contract_assessment",
                                                                 "kpi_rating",
                                                                 "partner_organisation"};

// The ratings of a KPI assessment, as the UK9 notice gives them.
enum class Rating { Good, Approaching, RequiresImprovement, Inadequate, Other };

std::optional<Rating> ratingOfKey(std::string_view key);
std::string_view ratingKey(Rating rating);   // "good", "approaching", "requires_improvement", ...
std::string_view ratingWords(Rating rating); // "Good", "Approaching target", ...
// The id of the OCDS UK extension's measure classification: met,
// slightlyBelow, below, significantlyBelow, other.
std::string_view ratingClassification(Rating rating);

struct SuggestedRating {
    std::int64_t kpiId = 0;
    std::string kpi;
    Rating rating = Rating::Other;
    // "The 12 figures for 2025/26 average 2.35 days. Amber: ..."
    std::string explanation;
};

// The rating a KPI's figures for a financial year suggest: the mean of the
// year's figures (to the hundredth, halves away from zero) against the
// target in force at the last of them, with the KPI's tolerance. Green is
// good, amber approaching target, red requires improvement, and red beyond
// the contract's breach threshold inadequate. With no figures in the year,
// no target, or no better direction, the rating is other and the
// explanation says to rate it by hand.
SuggestedRating suggestRating(const KpiRecord& kpi, int year);

struct PerformanceNotice {
    std::int64_t id = 0;
    std::string kpi; // empty when the notice is about no one KPI
    std::string issuedOn;
    std::string requirement;
    std::string description;
    std::string status; // as stored: open, remedial_plan, remedied, escalated, withdrawn
    std::string statusWords;
    std::optional<std::int64_t> withheldPence;
    std::string closedOn;
    std::vector<DeliveryItem> milestones; // by due date, as delivery judges them
    bool open = false;                    // neither remedied nor withdrawn
};

struct KpiRatingEntry {
    std::int64_t kpiId = 0;
    std::string kpi;
    Rating rating = Rating::Other;
    std::string explanation;
};

struct ContractAssessment {
    std::int64_t id = 0;
    int year = 0;
    std::string yearText;
    std::string assessedOn;
    std::string summary;
    std::vector<KpiRatingEntry> ratings;
};

struct ContractPerformance {
    std::int64_t contractId = 0;
    std::string name;
    std::string provider;
    std::vector<KpiStatus> kpis;
    std::size_t red = 0;
    std::size_t breaches = 0;
    std::vector<PerformanceNotice> notices; // newest first
    std::size_t openNotices = 0;
    std::size_t overdueMilestones = 0;
    std::vector<ContractAssessment> assessments; // latest year first
    // "4 KPIs: 1 red, 1 in breach. 1 open performance notice; 1 remedial
    // milestone overdue. Assessed for 2025/26: 1 good, 2 approaching
    // target, 1 requires improvement."
    std::string sentence;
};

// Every contract, in the order they were added, as at today (YYYY-MM-DD).
std::vector<ContractPerformance> contractPerformance(storage::Database& db, std::string_view today);

// For the navigator: each contract KPI in breach (with its consequence) and
// each remedial milestone overdue, as sentences.
std::vector<std::string> performanceAlerts(storage::Database& db, std::string_view today);

struct AssessmentPlan {
    std::int64_t contractId = 0;
    std::string contract;
    int year = 0;
    std::string yearText;
    std::vector<SuggestedRating> ratings; // one per KPI of the contract
    // "2025/26: 1 good, 1 approaching target, 1 requires improvement."
    std::string summary;
};

// What the contract's figures suggest for the year, without changing
// anything. Refused, with a sentence, for a contract that does not exist or
// has no KPIs, or that is already assessed for the year.
Outcome<AssessmentPlan> suggestAssessment(storage::Database& db, std::int64_t contractId, int year);

// Records the suggested assessment, made today, as one undoable edit
// labelled "Assess “Reablement at home” for 2025/26": the partnership then
// reads each rating and changes any it judges otherwise.
Outcome<AssessmentPlan> recordAssessment(project::Project& project, std::int64_t contractId,
                                         int year, std::string_view today);

} // namespace jointly::monitoring

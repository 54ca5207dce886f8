#pragma once

#include "monitoring/KpiBoard.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// Outcome review (PRODUCT.md stage 4): each outcome measure of the plan, its
// trajectory (the baseline and the yearly targets) against the latest
// evidence (the linked indicator's latest value for the partnership's own
// area, or else the latest figure of the outcome's KPI of the same name), on
// track or not, in words; and the outcome's KPIs with their RAG and SPC.
namespace jointly::monitoring {

// The tables the review is read from.
inline constexpr std::string_view kOutcomeReviewReads[] = {
    "outcome",         "outcome_measure",  "measure_target", "indicator",
    "indicator_value", "indicator_import", "needs_area",     "kpi",
    "kpi_actual",      "kpi_target"};

enum class Track { OnTrack, NotOnTrack, NoTarget, NoEvidence };

struct MeasureReview {
    std::int64_t id = 0;
    std::string name;
    std::string unit;
    std::optional<std::int64_t> baseline; // hundredths
    std::optional<int> targetYear;        // the year whose target applies
    std::optional<std::int64_t> target;
    std::optional<std::int64_t> latest;
    std::string latestPeriod;
    std::string evidence;                    // "indicator 22401, Westshire" or "KPI “...”"
    std::optional<std::int64_t> indicatorId; // the evidence's indicator, or
    std::optional<std::int64_t> kpiId;       // its KPI
    Track track = Track::NoEvidence;
    // "On track: 2,140.00 per 100,000 in 2025/26 is at or better than the
    // 2026/27 target of 2,150.00 per 100,000 (lower is better)."
    std::string sentence;
};

struct OutcomeReview {
    std::int64_t id = 0;
    std::string name;
    std::vector<MeasureReview> measures;
    std::vector<KpiStatus> kpis; // the outcome's own KPIs
    std::string sentence;        // "2 of 3 measures on track; 1 KPI red."
};

std::string_view trackWords(Track track); // "On track", "Not on track", ...

// As at today (YYYY-MM-DD): the target of the financial year holding today,
// or the latest year before it that has one.
std::vector<OutcomeReview> reviewOutcomes(storage::Database& db, std::string_view today);

} // namespace jointly::monitoring

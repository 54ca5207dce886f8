#pragma once

#include "needs/IndicatorRow.h"
#include "needs/Statistics.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

namespace jointly::needs {

// One live indicator value with what Jointly makes of it.
struct JudgedValue : IndicatorValueFields {
    std::int64_t id = 0;
    std::int64_t indicatorId = 0;
    Polarity polarity = Polarity::NoJudgement;
    bool polarityKnown = false;
    // The decimal places the indicator's values are shown with
    // (indicatorDecimals).
    int decimals = 1;

    // Jointly's own reading: against the partnership's chosen comparator at
    // its chosen confidence level, and the recent trend of the five periods
    // ending with this one.
    std::optional<double> comparatorValue;
    std::string comparatorCode; // the area compared with: the chosen one, or this row's parent
    // Which of the file's comparison columns speaks of the same comparator:
    // the England column when comparing with England, the parent column when
    // comparing with each area's parent; otherwise neither.
    enum class FileComparison { None, England, Parent } fileComparison = FileComparison::None;
    Significance significance = Significance::NotCompared;
    ConfidenceLevel level = ConfidenceLevel::Percent95; // the level significance was judged at
    TrendResult trend;
};

// The comparator and confidence level chosen in the needs stage. The
// comparator is an area code, or "parent" to compare each area with its own
// parent area (as Fingertips' "Compared to <region>" column does).
inline constexpr const char* kParentComparator = "parent";
struct JudgementSettings {
    std::string comparatorCode = "E92000001";
    ConfidenceLevel level = ConfidenceLevel::Percent95;
};
JudgementSettings judgementSettings(storage::Database& db);

// The tables the judged values are worked out from: the imports (which bring
// and take away values), the indicators, and the partnership's comparator
// and confidence level.
inline constexpr std::string_view kJudgedValueReads[] = {"indicator_import", "indicator",
                                                         "partnership"};

// Calls `visit` for every live value, in order of indicator, area, sex, age,
// category and period, with its significance and trend worked out. Streams:
// memory does not grow with the number of values. Return false to stop.
// With indicatorId, only that indicator's values; with areaCodes, only those
// areas' values (the comparator's values are still looked up).
void forEachJudgedValue(storage::Database& db, const std::function<bool(const JudgedValue&)>& visit,
                        std::optional<std::int64_t> indicatorId = std::nullopt,
                        const std::vector<std::string>& areaCodes = {});

// Whether the trend is getting worse by the indicator's polarity: increasing
// where lower is better, or decreasing where higher is better.
bool gettingWorse(const JudgedValue& value);

// The latest value of every series (indicator, area, sex, age, category)
// that is worse than the comparator and getting worse, for the areas given
// (all areas when the list is empty), ordered by indicator and area.
std::vector<JudgedValue> worseAndGettingWorse(storage::Database& db,
                                              const std::vector<std::string>& areaCodes);

// The words Jointly writes for its trend: describeTrend's words, using the
// indicator's polarity when it is known.
std::string trendWords(const JudgedValue& value);

} // namespace jointly::needs

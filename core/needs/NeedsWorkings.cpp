#include "needs/NeedsWorkings.h"

#include "needs/IndicatorSeries.h"

namespace jointly::needs {

std::int64_t workOutNeeds(storage::Database& db) {
    std::int64_t worked = 0;
    forEachJudgedValue(db, [&worked](const JudgedValue& value) {
        (void)gettingWorse(value);
        (void)trendWords(value);
        ++worked;
        return true;
    });
    worked += static_cast<std::int64_t>(worseAndGettingWorse(db, {}).size());
    return worked;
}

} // namespace jointly::needs

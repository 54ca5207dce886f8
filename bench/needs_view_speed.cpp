// Measures what a user waits for in the needs stage of a project holding many
// indicator values: opening the stage (its completeness and the list of
// indicators) and showing one indicator's values with their significance and
// trend, as the indicator table does when an indicator is chosen.
//
//   needs_view_speed PROJECT.jointly
//
// Make the project with import_speed --keep, or with
//   jointly new big.jointly --name Big
//   jointly import-indicators big.jointly big.csv
#include "BenchStats.h"

#include "needs/IndicatorSeries.h"
#include "needs/NeedsKinds.h"
#include "needs/NeedsProgress.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <chrono>
#include <iostream>

using Clock = std::chrono::steady_clock;
using namespace jointly;

namespace {
double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}
} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: needs_view_speed PROJECT.jointly\n";
        return 2;
    }
    project::OpenOptions options;
    options.readOnly = true;
    auto start = Clock::now();
    auto opened = project::Project::open(argv[1], options);
    if (!opened.ok()) {
        std::cerr << "needs_view_speed: " << opened.error().message << "\n";
        return 1;
    }
    const double openMs = millisecondsSince(start);
    auto& db = opened.value()->database();
    const auto values = db.queryInt64("SELECT count(*) FROM indicator_value");

    std::vector<double> progress;
    std::vector<double> list;
    std::vector<double> indicatorValues;
    std::size_t shown = 0;
    std::size_t indicatorsListed = 0;
    for (int run = 0; run < 5; ++run) {
        start = Clock::now();
        auto stage = needs::needsProgress(db);
        progress.push_back(millisecondsSince(start));
        start = Clock::now();
        auto indicators = records::listRecords(db, needs::indicator());
        list.push_back(millisecondsSince(start));
        indicatorsListed = indicators.size();
        if (indicators.empty()) {
            std::cerr << "needs_view_speed: the project holds no indicators\n";
            return 1;
        }
        // A different indicator each run, as a user clicking down the list.
        const auto id = indicators[static_cast<std::size_t>(run) * indicators.size() / 5].id;
        start = Clock::now();
        shown = 0;
        needs::forEachJudgedValue(
            db,
            [&](const needs::JudgedValue&) {
                ++shown;
                return true;
            },
            id);
        indicatorValues.push_back(millisecondsSince(start));
        (void)stage;
    }
    std::cout.setf(std::ios::fixed);
    std::cout.precision(1);
    std::cout << "Project with " << values << " indicator values, " << indicatorsListed
              << " indicators\n"
              << "  open (read-only):                     " << openMs << " ms\n"
              << "  needs stage completeness, median:     " << bench::percentile(progress, 50)
              << " ms\n"
              << "  list of indicators, median:           " << bench::percentile(list, 50)
              << " ms\n"
              << "  one indicator's judged values, median: "
              << bench::percentile(indicatorValues, 50) << " ms (" << shown
              << " values in the last one)\n";
    return 0;
}

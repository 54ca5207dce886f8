#include "TestSupport.h"

#include "needs/IndicatorImport.h"
#include "needs/IndicatorPrecision.h"
#include "needs/IndicatorSeries.h"
#include "project/Project.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace jointly;
using needs::automaticDecimals;
using needs::decimalsCarried;
using testing::TempDir;

TEST_CASE("a value carries the decimal places of the text it was read from", "[precision]") {
    CHECK(decimalsCarried(45.0) == 0);
    CHECK(decimalsCarried(12.3) == 1);
    CHECK(decimalsCarried(0.55) == 2);
    CHECK(decimalsCarried(7.405) == 3);
    // Fingertips' unrounded export of a rate: six places written, six carried.
    CHECK(decimalsCarried(2263.138309) == 6);
    CHECK(decimalsCarried(94.7261896202678) == 13);
    CHECK(decimalsCarried(-1.25) == 2);
    CHECK(decimalsCarried(1e-5) == 5); // 0.00001
    CHECK(decimalsCarried(std::numeric_limits<double>::quiet_NaN()) == 0);
    CHECK(decimalsCarried(std::numeric_limits<double>::infinity()) == 0);
}

TEST_CASE("Jointly shows what the values carry, up to three places, else one", "[precision]") {
    CHECK(automaticDecimals({}) == 1);
    CHECK(automaticDecimals({45.0, 12.0}) == 0);
    CHECK(automaticDecimals({45.0, 12.3}) == 1); // the most any value carries
    CHECK(automaticDecimals({0.5, 0.55, 0.555}) == 3);
    CHECK(automaticDecimals({0.5, 0.5551}) == 1); // four places: shown as Fingertips does
    CHECK(automaticDecimals({2263.138309, 1984.0}) == 1);
}

TEST_CASE("an indicator's own setting wins over the values' places", "[precision]") {
    TempDir dir;
    const auto path = dir.file("p.jointly");
    auto created = project::Project::create(path, "Precision");
    REQUIRE(created.ok());
    auto& db = created.value()->database();
    REQUIRE(created.value()
                ->edit("Add values",
                       [](storage::Database& d) {
                           d.execute("INSERT INTO indicator_import (id, file_name, sha256, format, "
                                     "rows_read, rows_imported, rows_skipped, rows_already_held, "
                                     "duplicates, imported_at, active) VALUES (1, 'x.csv', '', "
                                     "'fingertips', 2, 2, 0, 0, 'keep', '2026-01-01', 1)");
                           d.execute("INSERT INTO indicator (id, name, created_by_import) VALUES "
                                     "(1, 'Rate', 1), (2, 'Count', NULL)");
                           d.execute("INSERT INTO indicator_value (indicator_id, import_id, "
                                     "area_code, period, period_key, value) VALUES "
                                     "(1, 1, 'E1', '2024', 20240000, 2263.138309), "
                                     "(1, 1, 'E2', '2024', 20240000, 1984), "
                                     "(2, 1, 'E1', '2024', 20240000, 12.25)");
                       })
                .ok());
    CHECK(needs::indicatorDecimals(db, 1) == 1); // six places carried: one shown
    CHECK(needs::indicatorDecimals(db, 2) == 2);
    CHECK(needs::indicatorDecimals(db, 3) == 1); // no such indicator, no values
    REQUIRE(created.value()
                ->edit("Set places",
                       [](storage::Database& d) {
                           d.execute("UPDATE indicator SET decimals = 0 WHERE id = 1");
                       })
                .ok());
    CHECK(needs::indicatorDecimals(db, 1) == 0);
    // Every judged value of the indicator carries its places.
    int seen = 0;
    needs::forEachJudgedValue(
        db,
        [&seen](const needs::JudgedValue& value) {
            CHECK(value.decimals == (value.indicatorId == 1 ? 0 : 2));
            ++seen;
            return true;
        },
        std::nullopt);
    CHECK(seen == 3);
}

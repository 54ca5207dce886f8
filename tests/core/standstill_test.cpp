#include "procurement/Standstill.h"
#include "quantities/CalendarDate.h"
#include "quantities/WorkingDays.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

using jointly::procurement::Regime;
using jointly::procurement::standstillLastDay;
namespace quantities = jointly::quantities;

namespace {

std::string lastDay(const char* notice, Regime regime) {
    auto day = standstillLastDay(notice, regime);
    REQUIRE(day.ok());
    return day.value();
}

} // namespace

TEST_CASE("the calendar arithmetic under the working days", "[dates]") {
    CHECK(quantities::dayNumber(1970, 1, 1) == 0);
    CHECK(quantities::dayNumber(2000, 3, 1) == 11017);
    CHECK(quantities::weekday(0) == 4);                                   // Thursday 1 January 1970
    CHECK(quantities::weekday(quantities::dayNumber(2024, 12, 24)) == 2); // a Tuesday
    CHECK(quantities::weekday(quantities::dayNumber(2026, 6, 6)) == 6);   // a Saturday
    // Every day from 1 January 2000 to 31 December 2100 goes there and back,
    // and follows the one before: 36,890 days.
    long days = quantities::dayNumber(2000, 1, 1);
    int checked = 0;
    for (int year = 2000; year <= 2100; ++year) {
        for (int month = 1; month <= 12; ++month) {
            for (int day = 1; day <= quantities::daysInMonth(year, month); ++day) {
                REQUIRE(quantities::dayNumber(year, month, day) == days);
                char text[48];
                std::snprintf(text, sizeof(text), "%04d-%02d-%02d", year, month, day);
                REQUIRE(quantities::dateOfDayNumber(days) == text);
                ++days;
                ++checked;
            }
        }
    }
    CHECK(checked == 36890);
}

TEST_CASE("the standstill is counted as each regime counts it", "[procurement][dates]") {
    // Muckle's example: an award notice on Tuesday 24 December 2024 under the
    // Act. Day 1 is the 24th; the 25th and 26th are bank holidays; 27 Dec is
    // day 2; 30 and 31 Dec days 3 and 4; 1 Jan a bank holiday; 2 and 3 Jan
    // days 5 and 6; 6 and 7 Jan days 7 and 8. The standstill lasts 14
    // calendar days, to the end of Tuesday 7 January 2025.
    CHECK(lastDay("2024-12-24", Regime::ProcurementAct) == "2025-01-07");
    // The PSR counts from the day after: 27 Dec is day 1, so 8 January.
    CHECK(lastDay("2024-12-24", Regime::ProviderSelectionRegime) == "2025-01-08");

    // An ordinary week: a notice on Monday 1 June 2026. The Act counts
    // 1-5 June (5 days) and 8, 9, 10 June: Wednesday 10 June. The PSR counts
    // 2-5 June (4) and 8-11 June: Thursday 11 June.
    CHECK(lastDay("2026-06-01", Regime::ProcurementAct) == "2026-06-10");
    CHECK(lastDay("2026-06-01", Regime::ProviderSelectionRegime) == "2026-06-11");

    // Across Easter 2026 (Good Friday 3 April, Easter Monday 6 April): a
    // notice on Thursday 2 April counts 2 April, then 7-10 April (days 2-5)
    // and 13-15 April (6-8) under the Act; under the PSR 7-10 April (1-4)
    // and 13-16 April (5-8).
    CHECK(lastDay("2026-04-02", Regime::ProcurementAct) == "2026-04-15");
    CHECK(lastDay("2026-04-02", Regime::ProviderSelectionRegime) == "2026-04-16");

    // A notice published on a Saturday: its first working day is Monday
    // 8 June 2026, so 8-12 and 15-17 June under the Act.
    CHECK(lastDay("2026-06-06", Regime::ProcurementAct) == "2026-06-17");

    // Years whose bank holidays Jointly does not know are refused, not guessed.
    auto tooLate = standstillLastDay("2031-01-06", Regime::ProcurementAct);
    REQUIRE_FALSE(tooLate.ok());
    CHECK(tooLate.error().message == "Jointly knows the bank holidays of England and Wales for "
                                     "2024 to 2030 only, so it cannot count working days in "
                                     "2031.");
    auto notADate = standstillLastDay("24/12/2024", Regime::ProcurementAct);
    REQUIRE_FALSE(notADate.ok());
    CHECK(notADate.error().message == "\"24/12/2024\" is not a date written YYYY-MM-DD.");
    // A period that would run past 2030.
    CHECK_FALSE(standstillLastDay("2030-12-30", Regime::ProcurementAct).ok());
}

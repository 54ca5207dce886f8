#include "TestSupport.h"
#include "quantities/BankHolidays.h"
#include "quantities/CalendarDate.h"
#include "quantities/WorkingDays.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace quantities = jointly::quantities;

namespace {

const std::string kDataFile =
    std::string(JOINTLY_SOURCE_DIR) + "/core/quantities/data/bank-holidays-england-and-wales.csv";

std::string isoDate(long dayNumber) {
    return quantities::dateOfDayNumber(dayNumber);
}

// Easter Sunday by the anonymous Gregorian algorithm (Meeus, Jones and
// Butcher), worked independently of the data file. For 2026: a = 2026 mod 19
// = 12, b = 20, c = 26, d = 5, e = 0, f = 1, g = 6, h = (19·12 + 20 − 5 − 6 +
// 15) mod 30 = 252 mod 30 = 12, i = 6, k = 2, l = (32 + 0 + 12 − 12 − 2) mod 7
// = 30 mod 7 = 2, m = (12 + 11·12 + 22·2) / 451 = 188 / 451 = 0, month = (12 +
// 2 + 114) / 31 = 4, day = (128 mod 31) + 1 = 5: Sunday 5 April 2026, so Good
// Friday is 3 April and Easter Monday 6 April, as gov.uk lists them.
long easterSunday(int year) {
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return quantities::dayNumber(year, month, day);
}

// The first Monday on or after a day (weekday 1 is Monday, 7 Sunday).
long mondayOnOrAfter(long day) {
    while (quantities::weekday(day) != 1) {
        ++day;
    }
    return day;
}

long lastMondayOf(int year, int month) {
    long day = quantities::dayNumber(year, month, quantities::daysInMonth(year, month));
    while (quantities::weekday(day) != 1) {
        --day;
    }
    return day;
}

// The eight bank holidays of a year by the Banking and Financial Dealings Act
// 1971 and the customary substitute days: a holiday on a weekend moves to the
// next weekday not already a holiday, and is then a "substitute day".
std::vector<std::string> byTheRules(int year) {
    std::vector<std::pair<long, std::string>> days;
    std::set<long> taken;
    const long easter = easterSunday(year);
    const std::vector<std::pair<long, std::string>> holidays = {
        {quantities::dayNumber(year, 1, 1), "New Year's Day"},
        {easter - 2, "Good Friday"},
        {easter + 1, "Easter Monday"},
        {mondayOnOrAfter(quantities::dayNumber(year, 5, 1)), "Early May bank holiday"},
        {lastMondayOf(year, 5), "Spring bank holiday"},
        {lastMondayOf(year, 8), "Summer bank holiday"},
        {quantities::dayNumber(year, 12, 25), "Christmas Day"},
        {quantities::dayNumber(year, 12, 26), "Boxing Day"},
    };
    // The holidays on weekdays keep their days first (a Sunday Christmas
    // leaves Boxing Day on Monday 26th); then each on a weekend moves to the
    // next weekday not already a holiday, as a substitute day (Christmas on
    // Tuesday 27th).
    for (const auto& [day, name] : holidays) {
        if (quantities::weekday(day) <= 5) {
            taken.insert(day);
            days.emplace_back(day, name);
        }
    }
    for (const auto& [day, name] : holidays) {
        if (quantities::weekday(day) >= 6) {
            long moved = day;
            while (quantities::weekday(moved) >= 6 || taken.count(moved)) {
                ++moved;
            }
            taken.insert(moved);
            days.emplace_back(moved, name + " (substitute day)");
        }
    }
    std::sort(days.begin(), days.end());
    std::vector<std::string> lines;
    for (const auto& [day, name] : days) {
        lines.push_back(isoDate(day) + "," + name);
    }
    return lines;
}

} // namespace

TEST_CASE("the bank holidays of England and Wales follow the statutory rules, year by year",
          "[dates]") {
    CHECK(quantities::kFirstBankHolidayYear == 2024);
    CHECK(quantities::kLastBankHolidayYear == 2030);
    CHECK(easterSunday(2024) == quantities::dayNumber(2024, 3, 31));
    CHECK(easterSunday(2028) == quantities::dayNumber(2028, 4, 16));
    CHECK(easterSunday(2029) == quantities::dayNumber(2029, 4, 1));
    CHECK(easterSunday(2030) == quantities::dayNumber(2030, 4, 21));

    std::vector<std::string> listed;
    for (const auto& holiday : quantities::englandAndWalesBankHolidays()) {
        listed.push_back(std::string(holiday.date) + "," + std::string(holiday.name));
    }
    std::vector<std::string> expected;
    for (int year = 2024; year <= 2030; ++year) {
        const auto ofYear = byTheRules(year);
        expected.insert(expected.end(), ofYear.begin(), ofYear.end());
    }
    // 56 days in the file: eight a year, none in 2024 to 2030 moved or added
    // by proclamation, so gov.uk's published years agree with the rules too.
    CHECK(listed.size() == 56);
    CHECK(listed == expected);
    // A Sunday Christmas, as gov.uk published 2022: Boxing Day keeps Monday
    // 26 December and Christmas's substitute is Tuesday 27th.
    const auto christmasOnSunday = byTheRules(2022);
    REQUIRE(christmasOnSunday.size() == 8);
    CHECK(christmasOnSunday[6] == "2022-12-26,Boxing Day");
    CHECK(christmasOnSunday[7] == "2022-12-27,Christmas Day (substitute day)");

    CHECK(quantities::bankHolidayOn("2026-12-28") ==
          std::optional<std::string_view>("Boxing Day (substitute day)"));
    CHECK(quantities::bankHolidayOn("2028-01-03") ==
          std::optional<std::string_view>("New Year's Day (substitute day)"));
    CHECK_FALSE(quantities::bankHolidayOn("2026-12-29").has_value());
    CHECK_FALSE(quantities::bankHolidayOn("2024-01-02").has_value());
    CHECK(quantities::isWorkingDay("2026-12-28").value() == false); // Boxing Day in lieu
    CHECK(quantities::isWorkingDay("2026-12-29").value() == true);
    CHECK(quantities::isWorkingDay("2026-12-26").value() == false); // a Saturday
}

TEST_CASE("the embedded bank holidays are the data file's lines, and a bad line stops the build",
          "[dates]") {
    std::ifstream in(kDataFile);
    REQUIRE(in);
    std::vector<std::string> fromFile;
    std::string line;
    bool header = false;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        if (!header) {
            CHECK(line == "date,name");
            header = true;
            continue;
        }
        fromFile.push_back(line);
    }
    std::vector<std::string> embedded;
    for (const auto& holiday : quantities::englandAndWalesBankHolidays()) {
        embedded.push_back(std::string(holiday.date) + "," + std::string(holiday.name));
    }
    CHECK(embedded == fromFile);

    // The build's script refuses a file with a date out of order, naming the
    // line, and writes no list.
    jointly::testing::TempDir dir;
    const std::string bad = dir.file("holidays.csv");
    {
        std::ofstream out(bad);
        out << "# two days in the wrong order\ndate,name\n2025-12-26,Boxing Day\n"
               "2025-12-25,Christmas Day\n";
    }
    const std::string output = dir.file("BankHolidayList.h");
    const std::string log = dir.file("log.txt");
    const std::string command = std::string("\"") + JOINTLY_CMAKE_COMMAND + "\" -DINPUT=\"" + bad +
                                "\" -DOUTPUT=\"" + output + "\" -P \"" + JOINTLY_SOURCE_DIR +
                                "/cmake/EmbedBankHolidays.cmake\" > \"" + log + "\" 2>&1";
    CHECK(std::system(command.c_str()) != 0);
    // CMake wraps its messages, so runs of spaces and line breaks are read as
    // one space.
    std::string said;
    for (const char c : jointly::testing::readBytes(log)) {
        const bool space = c == ' ' || c == '\n';
        if (!space || (!said.empty() && said.back() != ' ')) {
            said += space ? ' ' : c;
        }
    }
    INFO(said);
    CHECK(said.find("line 4: 2025-12-25 is listed after 2025-12-26; keep the dates in order, "
                    "each once") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(output));
}

#include "quantities/FinancialYear.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace jointly::quantities;

namespace {
int parsed(const char* text) {
    auto year = parseFinancialYear(text);
    REQUIRE(year.ok());
    return year.value().startYear;
}

std::string refusal(const char* text) {
    auto year = parseFinancialYear(text);
    REQUIRE_FALSE(year.ok());
    return year.error().message;
}

int containing(const char* date) {
    auto year = financialYearContaining(date);
    REQUIRE(year.ok());
    return year.value().startYear;
}

std::string dateRefusal(const char* date) {
    auto year = financialYearContaining(date);
    REQUIRE_FALSE(year.ok());
    return year.error().message;
}

std::vector<std::string> names(const std::vector<FinancialYear>& years) {
    std::vector<std::string> result;
    for (auto year : years) {
        result.push_back(formatFinancialYear(year));
    }
    return result;
}
} // namespace

TEST_CASE("parseFinancialYear reads 2026/27 and 2026-27", "[money]") {
    CHECK(parsed("2026/27") == 2026);
    CHECK(parsed("2026-27") == 2026);
    CHECK(parsed("  2026/27 ") == 2026);
    CHECK(parsed("2009/10") == 2009);
    CHECK(parsed("1999/00") == 1999);
    CHECK(parsed("2099/00") == 2099);
    CHECK(parsed("2099-00") == 2099);
    CHECK(parsed("2100/01") == 2100);
    CHECK(parsed("1000/01") == 1000);
    CHECK(parsed("9998/99") == 9998);
}

TEST_CASE("parseFinancialYear refuses anything but a real financial year", "[money]") {
    CHECK(refusal("2026/28") == "\"2026/28\" is not a financial year: the year after 2026 ends "
                                "in 27, so write 2026/27.");
    CHECK(refusal("2026/26") == "\"2026/26\" is not a financial year: the year after 2026 ends "
                                "in 27, so write 2026/27.");
    // Across a century the second part is 00, not 100 or 01.
    CHECK(refusal("2099/01") == "\"2099/01\" is not a financial year: the year after 2099 ends "
                                "in 00, so write 2099/00.");
    CHECK(refusal("1999/99") == "\"1999/99\" is not a financial year: the year after 1999 ends "
                                "in 00, so write 1999/00.");
    const std::string notAYear = " is not a financial year. Write a financial year like 2026/27.";
    CHECK(refusal("2026/2027") == "\"2026/2027\"" + notAYear);
    CHECK(refusal("2026") == "\"2026\"" + notAYear);
    CHECK(refusal("26/27") == "\"26/27\"" + notAYear);
    CHECK(refusal("2026_27") == "\"2026_27\"" + notAYear);
    CHECK(refusal("2026 27") == "\"2026 27\"" + notAYear);
    CHECK(refusal("2026/2") == "\"2026/2\"" + notAYear);
    CHECK(refusal("2026/ 27") == "\"2026/ 27\"" + notAYear);
    CHECK(refusal("2026/+7") == "\"2026/+7\"" + notAYear);
    CHECK(refusal("FY26/27") == "\"FY26/27\"" + notAYear);
    CHECK(refusal("abcd/ef") == "\"abcd/ef\"" + notAYear);
    CHECK(refusal("") == "\"\"" + notAYear);
    CHECK(refusal("   ") == "\"\"" + notAYear);
    CHECK(refusal("0999/00") ==
          "\"0999/00\" is outside the years Jointly supports (1000/01 to 9998/99).");
    CHECK(refusal("9999/00") ==
          "\"9999/00\" is outside the years Jointly supports (1000/01 to 9998/99).");
}

TEST_CASE("formatFinancialYear writes the start year and the next year's last two digits",
          "[money]") {
    CHECK(formatFinancialYear({2026}) == "2026/27");
    CHECK(formatFinancialYear({2009}) == "2009/10");
    CHECK(formatFinancialYear({1999}) == "1999/00");
    CHECK(formatFinancialYear({2099}) == "2099/00");
    CHECK(formatFinancialYear({2100}) == "2100/01");
    for (int start = kEarliestStartYear; start <= kLatestStartYear; ++start) {
        auto back = parseFinancialYear(formatFinancialYear({start}));
        REQUIRE(back.ok());
        REQUIRE(back.value().startYear == start);
    }
}

TEST_CASE("financialYearContaining puts 31 March and 1 April in different years", "[money]") {
    CHECK(containing("2027-03-31") == 2026);
    CHECK(containing("2027-04-01") == 2027);
    CHECK(containing("2026-04-01") == 2026);
    CHECK(containing("2026-12-31") == 2026);
    CHECK(containing("2027-01-01") == 2026);
    CHECK(containing("2100-03-31") == 2099);
    CHECK(containing("2100-04-01") == 2100);
    CHECK(containing("2000-01-01") == 1999);
    CHECK(containing(" 2026-06-15 ") == 2026);
    // Leap days: 2028 and 2000 are leap years; 2100 and 2027 are not.
    CHECK(containing("2028-02-29") == 2027);
    CHECK(containing("2000-02-29") == 1999);
    CHECK(containing("1000-04-01") == 1000);
    CHECK(containing("9999-03-31") == 9998);
}

TEST_CASE("financialYearContaining refuses what is not a date in the supported years", "[money]") {
    const std::string notADate = " is not a date. Write a date like 2026-04-01.";
    CHECK(dateRefusal("2027-02-29") == "\"2027-02-29\"" + notADate);
    CHECK(dateRefusal("2100-02-29") == "\"2100-02-29\"" + notADate);
    CHECK(dateRefusal("2027-04-31") == "\"2027-04-31\"" + notADate);
    CHECK(dateRefusal("2027-13-01") == "\"2027-13-01\"" + notADate);
    CHECK(dateRefusal("2027-00-10") == "\"2027-00-10\"" + notADate);
    CHECK(dateRefusal("2027-01-00") == "\"2027-01-00\"" + notADate);
    CHECK(dateRefusal("2027-4-1") == "\"2027-4-1\"" + notADate);
    CHECK(dateRefusal("1/4/2027") == "\"1/4/2027\"" + notADate);
    CHECK(dateRefusal("2027/04/01") == "\"2027/04/01\"" + notADate);
    CHECK(dateRefusal("") == "\"\"" + notADate);
    CHECK(dateRefusal("1000-03-31") == "\"1000-03-31\" is outside the financial years Jointly "
                                       "supports (1000-04-01 to 9999-03-31).");
    CHECK(dateRefusal("9999-04-01") == "\"9999-04-01\" is outside the financial years Jointly "
                                       "supports (1000-04-01 to 9999-03-31).");
}

TEST_CASE("a financial year's first and last days and the year after", "[money]") {
    CHECK(firstDay({2026}) == "2026-04-01");
    CHECK(lastDay({2026}) == "2027-03-31");
    CHECK(firstDay({2099}) == "2099-04-01");
    CHECK(lastDay({2099}) == "2100-03-31");
    CHECK(formatFinancialYear(nextYear({2026})) == "2027/28");
    CHECK(formatFinancialYear(nextYear({2098})) == "2099/00");
    CHECK(formatFinancialYear(nextYear({2099})) == "2100/01");
    // The first and last days belong to the year itself; the day after the
    // last is the first of the next.
    for (int start : {1999, 2026, 2099, 2100}) {
        const FinancialYear year{start};
        CHECK(financialYearContaining(firstDay(year)).value() == year);
        CHECK(financialYearContaining(lastDay(year)).value() == year);
        CHECK(financialYearContaining(firstDay(nextYear(year))).value() == nextYear(year));
    }
    CHECK(FinancialYear{2026} < FinancialYear{2027});
}

TEST_CASE("yearsFrom gives one, three or ten years from a starting year", "[money]") {
    CHECK(names(yearsFrom({2026}, YearSpan::One)) == std::vector<std::string>{"2026/27"});
    CHECK(names(yearsFrom({2026}, YearSpan::Three)) ==
          std::vector<std::string>{"2026/27", "2027/28", "2028/29"});
    CHECK(names(yearsFrom({2098}, YearSpan::Three)) ==
          std::vector<std::string>{"2098/99", "2099/00", "2100/01"});
    CHECK(names(yearsFrom({2095}, YearSpan::Ten)) ==
          std::vector<std::string>{"2095/96", "2096/97", "2097/98", "2098/99", "2099/00", "2100/01",
                                   "2101/02", "2102/03", "2103/04", "2104/05"});
}

#include "quantities/CalendarDate.h"
#include "quantities/Decimal.h"
#include "quantities/Share.h"
#include "util/Text.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

namespace quantities = jointly::quantities;
namespace util = jointly::util;

TEST_CASE("A share is read exactly as basis points", "[quantities]") {
    // 37.5% of 10,000 basis points is 3,750; the percent sign and spaces are
    // optional, and two decimals are the most a share has.
    CHECK(quantities::parseShare("37.5%") == 3750);
    CHECK(quantities::parseShare(" 100 % ") == 10000);
    CHECK(quantities::parseShare("0.01") == 1);
    CHECK(quantities::parseShare("33.333%") == std::nullopt);
    // Thousands separators, signs and pound signs are not part of a share.
    CHECK(quantities::parseShare("1,000%") == std::nullopt);
    CHECK(quantities::parseShare("-5%") == std::nullopt);
    CHECK(quantities::parseShare("\xC2\xA3"
                                 "5") == std::nullopt);
    CHECK(quantities::formatBasisPoints(3750) == "37.50%");
    CHECK(quantities::formatBasisPoints(-25) == "-0.25%");
}

TEST_CASE("A decimal is read exactly as hundredths", "[quantities]") {
    CHECK(quantities::parseHundredths("12.5") == 1250);
    CHECK(quantities::parseHundredths("-3.25") == -325);
    CHECK(quantities::parseHundredths("1,234.50") == 123450);
    CHECK(quantities::parseHundredths("\xC2\xA3"
                                      "12") == std::nullopt);
    CHECK(quantities::parseHundredths("1.234") == std::nullopt);
    CHECK(quantities::formatHundredths(-123450) == "-1,234.50");
    CHECK(quantities::formatHundredths(5) == "0.05");
}

TEST_CASE("A date is read in the ISO and the UK forms", "[quantities]") {
    CHECK(quantities::readDate("2026-04-01") == std::string("2026-04-01"));
    CHECK(quantities::readDate("1/4/2026") == std::string("2026-04-01"));
    CHECK(quantities::readDate("31/12/1900") == std::string("1900-12-31"));
    // 2100 is divisible by 100 and not by 400, so it is not a leap year;
    // 2000 is divisible by 400, so it is.
    CHECK(quantities::daysInMonth(2100, 2) == 28);
    CHECK(quantities::daysInMonth(2000, 2) == 29);
    CHECK(quantities::daysInMonth(2028, 2) == 29);
    CHECK(quantities::readDate("29/2/2100") == std::nullopt);
    CHECK(quantities::readDate("2026-4-1") == std::nullopt);
    CHECK(quantities::readDate("1/4/26") == std::nullopt);
    CHECK(quantities::readDate("1899-12-31") == std::nullopt);
    CHECK(quantities::isIsoDate("2028-02-29"));
    CHECK_FALSE(quantities::isIsoDate("1/4/2026"));
}

TEST_CASE("The shared text helpers", "[util]") {
    CHECK(util::trim("  a b \t\n") == "a b");
    CHECK(util::trim(" \t ").empty());
    CHECK(util::lower("NHS Westshire") == "nhs westshire");
    CHECK(util::curlyQuoted("NHS") == "\xE2\x80\x9C"
                                      "NHS"
                                      "\xE2\x80\x9D");
    CHECK(util::capitalised("member") == "Member");
    CHECK(util::capitalised("") == "");
    const auto now = util::nowUtc();
    REQUIRE(now.size() == 20);
    CHECK(now[4] == '-');
    CHECK(now[10] == 'T');
    CHECK(now.back() == 'Z');
    CHECK(quantities::isIsoDate(now.substr(0, 10)));
}

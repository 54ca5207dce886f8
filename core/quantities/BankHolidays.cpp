#include "quantities/BankHolidays.h"

namespace jointly::quantities {

namespace {

// England and Wales. 2024 to 2027 as gov.uk publishes them
// (https://www.gov.uk/bank-holidays.json, "england-and-wales"); 2028 to 2030
// by the statutory rules: New Year's Day, Good Friday, Easter Monday, the
// first and last Mondays of May, the last Monday of August, Christmas Day and
// Boxing Day, with a weekday in lieu when one falls on a weekend (Easter
// Sunday: 16 April 2028, 1 April 2029, 21 April 2030).
constexpr std::string_view kDays[] = {
    // 2024
    "2024-01-01",
    "2024-03-29",
    "2024-04-01",
    "2024-05-06",
    "2024-05-27",
    "2024-08-26",
    "2024-12-25",
    "2024-12-26",
    // 2025
    "2025-01-01",
    "2025-04-18",
    "2025-04-21",
    "2025-05-05",
    "2025-05-26",
    "2025-08-25",
    "2025-12-25",
    "2025-12-26",
    // 2026: Boxing Day is a Saturday, so Monday 28 December is in lieu.
    "2026-01-01",
    "2026-04-03",
    "2026-04-06",
    "2026-05-04",
    "2026-05-25",
    "2026-08-31",
    "2026-12-25",
    "2026-12-28",
    // 2027: Christmas Day and Boxing Day fall on the weekend: 27 and 28 December.
    "2027-01-01",
    "2027-03-26",
    "2027-03-29",
    "2027-05-03",
    "2027-05-31",
    "2027-08-30",
    "2027-12-27",
    "2027-12-28",
    // 2028: New Year's Day is a Saturday: Monday 3 January.
    "2028-01-03",
    "2028-04-14",
    "2028-04-17",
    "2028-05-01",
    "2028-05-29",
    "2028-08-28",
    "2028-12-25",
    "2028-12-26",
    // 2029
    "2029-01-01",
    "2029-03-30",
    "2029-04-02",
    "2029-05-07",
    "2029-05-28",
    "2029-08-27",
    "2029-12-25",
    "2029-12-26",
    // 2030
    "2030-01-01",
    "2030-04-19",
    "2030-04-22",
    "2030-05-06",
    "2030-05-27",
    "2030-08-26",
    "2030-12-25",
    "2030-12-26",
};

} // namespace

std::span<const std::string_view> englandAndWalesBankHolidays() {
    return kDays;
}

} // namespace jointly::quantities

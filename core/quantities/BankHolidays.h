#pragma once

#include <span>
#include <string_view>

namespace jointly::quantities {

// The first and last years the list of bank holidays covers.
inline constexpr int kFirstBankHolidayYear = 2024;
inline constexpr int kLastBankHolidayYear = 2030;

// The bank holidays of England and Wales from 2024 to 2030, as YYYY-MM-DD in
// date order. Sources, kept beside the list in BankHolidays.cpp: gov.uk's
// published list (https://www.gov.uk/bank-holidays, "england-and-wales" in
// bank-holidays.json) for the years it covers, and for the later years the
// dates the Banking and Financial Dealings Act 1971 (Schedule 1) and the
// customary substitute days give. A holiday proclaimed later (a jubilee, a
// moved May holiday) must be added here when it is announced.
std::span<const std::string_view> englandAndWalesBankHolidays();

} // namespace jointly::quantities

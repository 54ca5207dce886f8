#pragma once

#include "quantities/BankHoliday.h"
#include "quantities/BankHolidayList.h"

#include <optional>
#include <span>
#include <string_view>

namespace jointly::quantities {

// The bank holidays of England and Wales from kFirstBankHolidayYear to
// kLastBankHolidayYear, in date order. The list is a data file with its
// sources, core/quantities/data/bank-holidays-england-and-wales.csv, which the
// build embeds (cmake/EmbedBankHolidays.cmake): gov.uk's published list for
// the years it covers, and for the later years the dates the Banking and
// Financial Dealings Act 1971 (Schedule 1) and the customary substitute days
// give. A holiday proclaimed later (a jubilee, a moved May holiday) is added
// to that file when it is announced.
std::span<const BankHoliday> englandAndWalesBankHolidays();

// The name of the bank holiday on a date, or nothing when the date is not one.
std::optional<std::string_view> bankHolidayOn(std::string_view date);

} // namespace jointly::quantities

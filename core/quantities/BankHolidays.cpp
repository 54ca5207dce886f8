#include "quantities/BankHolidays.h"

#include <algorithm>

namespace jointly::quantities {

std::span<const BankHoliday> englandAndWalesBankHolidays() {
    return kBankHolidayList;
}

std::optional<std::string_view> bankHolidayOn(std::string_view date) {
    const auto holidays = englandAndWalesBankHolidays();
    const auto found = std::lower_bound(
        holidays.begin(), holidays.end(), date,
        [](const BankHoliday& holiday, std::string_view day) { return holiday.date < day; });
    if (found == holidays.end() || found->date != date) {
        return std::nullopt;
    }
    return found->name;
}

} // namespace jointly::quantities

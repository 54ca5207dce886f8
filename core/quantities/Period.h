#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The periods figures are measured in, written so that they sort in time: a
// month as 2025-04, a quarter as 2025-Q2, a financial year as 2025/26. Each
// has a number that counts periods, so that a period left out between two
// others is found and shown as missing, never skipped.
namespace jointly::quantities {

enum class Frequency { Monthly, Quarterly, Annual };

// "monthly", "quarterly", "annual", as project files keep them.
std::optional<Frequency> frequencyOf(std::string_view key);

// The period in its usual form, or nothing for text that is not a period of
// that frequency. Months: 2025-04, 2025-4, 2025-04-01 (the first of the
// month), Apr 2025 or April 2025. Quarters: 2025-Q2, 2025 Q2 or 2025Q2.
// Years: 2025/26, 2025-26 or 2025/2026. Years run from 1900 to 2199.
std::optional<std::string> normalPeriod(std::string_view text, Frequency frequency);

// A count of periods: consecutive periods have consecutive numbers. Takes a
// period in its usual form.
std::optional<std::int64_t> periodNumber(std::string_view period, Frequency frequency);

// The period with that number, in its usual form.
std::string periodOfNumber(std::int64_t number, Frequency frequency);

// How to write one, for sentences: "a month, such as 2025-04".
std::string_view periodExample(Frequency frequency);

// The financial year (as the calendar year it starts in) a period falls in:
// 2026-03 and 2026-Q1 in 2025 (2025/26), 2026-04 and 2026-Q2 in 2026. A quarter is of the calendar
// year written with it, so 2026-Q2 is April to June 2026. Nothing for text that is not a period in
// its usual form.
std::optional<int> financialYearOfPeriod(std::string_view period, Frequency frequency);

// The first and last days of a period, as YYYY-MM-DD.
struct PeriodDates {
    std::string first;
    std::string last;
};
std::optional<PeriodDates> datesOfPeriod(std::string_view period, Frequency frequency);

} // namespace jointly::quantities

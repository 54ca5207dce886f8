#pragma once

#include <string_view>

namespace jointly::quantities {

// One bank holiday: its date (YYYY-MM-DD) and its name as gov.uk gives it
// ("Boxing Day (substitute day)").
struct BankHoliday {
    std::string_view date;
    std::string_view name;
};

} // namespace jointly::quantities

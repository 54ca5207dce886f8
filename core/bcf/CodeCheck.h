#pragma once

#include <cstdint>
#include <string>

namespace jointly::storage {
class Database;
}

// The Better Care Fund records' rules, kept on every add and change (the
// kinds' refuseChange): what is typed as a source, a scheme type, an area of
// spend, a provider or a source of funding must be on the planning year's
// code list (for a scheme, on any year's). An empty field is allowed (not
// chosen yet), and so is anything in a year that has no list, which the
// plan's checks then point out. Each returns the sentence that refuses the
// change, or nothing.
namespace jointly::bcf {

std::string refuseUnlistedIncome(storage::Database& db, std::int64_t id);
std::string refuseUnlistedSchemeType(storage::Database& db, std::int64_t id);
std::string refuseUnlistedSpending(storage::Database& db, std::int64_t id);

} // namespace jointly::bcf

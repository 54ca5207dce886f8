#pragma once

#include <string>

namespace jointly::storage {
class Database;
}

namespace jointly::needs {

// Says in words which area significance is judged against, for the code
// typed in the needs settings: "Compared with England (E92000001)." The name
// comes from the project's own areas, then from the indicator values
// imported, then from the few national codes everyone uses; a code found in
// none of them gets a sentence saying so and what to check.
std::string describeComparator(storage::Database& db, const std::string& code);

} // namespace jointly::needs

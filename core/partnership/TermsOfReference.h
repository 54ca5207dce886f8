#pragma once

#include <string>

namespace jointly::storage {
class Database;
}

namespace jointly::partnership {

// The partnership's terms of reference, generated from everything recorded in
// the partnership stage, as a self-contained HTML document. `generatedOn` is
// printed at the foot (e.g. "22 November 2026"); it is a parameter so the
// output is reproducible in tests.
std::string termsOfReferenceHtml(storage::Database& db, const std::string& generatedOn);

} // namespace jointly::partnership

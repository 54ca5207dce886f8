#include "needs/ComparatorDescription.h"

#include "storage/Database.h"

#include <array>
#include <string_view>
#include <utility>

namespace jointly::needs {

namespace {

// Codes of the Office for National Statistics for the nations, which an
// analyst compares with most often, named even before anything is imported.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kNations = {{
    {"E92000001", "England"},
    {"W92000004", "Wales"},
    {"S92000003", "Scotland"},
    {"N92000002", "Northern Ireland"},
}};

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

std::string nameOf(storage::Database& db, const std::string& code) {
    auto own = db.prepare("SELECT name FROM needs_area WHERE code = ?1 AND trim(name) <> '' "
                          "LIMIT 1");
    own.bind(1, code);
    if (own.step()) {
        return own.text(0);
    }
    // Indicator by indicator, so the index on (indicator, area) finds it.
    auto imported = db.prepare(
        "SELECT v.area_name FROM indicator i JOIN indicator_value v ON v.indicator_id = i.id AND "
        "v.area_code = ?1 WHERE v.area_name <> '' LIMIT 1");
    imported.bind(1, code);
    if (imported.step()) {
        return imported.text(0);
    }
    for (const auto& [nationCode, name] : kNations) {
        if (nationCode == code) {
            return std::string(name);
        }
    }
    return {};
}

} // namespace

std::string describeComparator(storage::Database& db, const std::string& typed) {
    const std::string code = trimmed(typed);
    if (code.empty()) {
        return "No comparator: type an area code (E92000001 is England), or \"parent\" to "
               "compare each area with its region or other parent area.";
    }
    if (code == "parent") {
        return "Each area is compared with its own parent area (for example, its region), as "
               "given in the imported values.";
    }
    const std::string name = nameOf(db, code);
    if (name.empty()) {
        return "No area with the code " + code +
               " is in the areas or the indicator values imported so far: check the code, or "
               "import values that include it.";
    }
    return "Compared with " + name + " (" + code + ").";
}

} // namespace jointly::needs

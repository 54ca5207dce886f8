#include "bcf/CodeCheck.h"

#include "bcf/CodeLists.h"
#include "storage/Database.h"

#include <optional>

namespace jointly::bcf {

namespace {

// The list of the row's year, or nothing (no year, or a
// year without a list).
const CodeList* listOfRow(storage::Database& db, std::string_view table, std::int64_t id) {
    auto row = db.prepare("SELECT year FROM " + std::string(table) + " WHERE id = ?1");
    row.bind(1, id);
    if (!row.step() || row.isNull(0)) {
        return nullptr;
    }
    return codeListFor({static_cast<int>(row.int64(0))});
}

std::string refusal(const std::string& typed, const std::string& what, const CodeList& list,
                    const std::vector<std::string>& allowed) {
    return "\u201c" + typed + "\u201d is not " + what + " in the Better Care Fund's " +
           quantities::formatFinancialYear(list.year) + " planning template. Write " +
           oneOf(allowed) + ".";
}

std::string textOf(storage::Database& db, std::string_view table, std::string_view column,
                   std::int64_t id) {
    auto row = db.prepare("SELECT " + std::string(column) + " FROM " + std::string(table) +
                          " WHERE id = ?1");
    row.bind(1, id);
    return row.step() ? row.text(0) : std::string();
}

} // namespace

std::string refuseUnlistedIncome(storage::Database& db, std::int64_t id) {
    const auto* list = listOfRow(db, "bcf_income", id);
    const auto source = textOf(db, "bcf_income", "source", id);
    if (list == nullptr || source.empty() || listed(list->incomeSources, source)) {
        return {};
    }
    return refusal(source, "a source of income", *list, list->incomeSources);
}

std::string refuseUnlistedSchemeType(storage::Database& db, std::int64_t id) {
    const auto type = textOf(db, "bcf_scheme", "scheme_type", id);
    if (type.empty() || codeLists().empty()) {
        return {};
    }
    for (const auto& list : codeLists()) {
        if (listed(list.schemeTypes, type)) {
            return {};
        }
    }
    return refusal(type, "a scheme type", codeLists().back(), codeLists().back().schemeTypes);
}

std::string refuseUnlistedSpending(storage::Database& db, std::int64_t id) {
    const auto* list = listOfRow(db, "bcf_expenditure", id);
    if (list == nullptr) {
        return {};
    }
    const auto area = textOf(db, "bcf_expenditure", "area_of_spend", id);
    if (!area.empty() && !listed(list->areasOfSpend, area)) {
        return refusal(area, "an area of spend", *list, list->areasOfSpend);
    }
    const auto provider = textOf(db, "bcf_expenditure", "provider", id);
    if (!provider.empty() && !listed(list->providers, provider)) {
        return refusal(provider, "a kind of provider", *list, list->providers);
    }
    const auto source = textOf(db, "bcf_expenditure", "funding_source", id);
    if (!source.empty() && !listed(list->incomeSources, source)) {
        return refusal(source, "a source of funding", *list, list->incomeSources);
    }
    return {};
}

} // namespace jointly::bcf

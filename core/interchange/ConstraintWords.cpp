#include "interchange/ConstraintWords.h"

#include "storage/StorageError.h"

#include <sqlite3.h>

#include <regex>
#include <vector>

namespace jointly::interchange {

namespace {

// The text after "CHECK constraint failed: " and the like, with runs of
// spaces and line breaks (from the schema's layout) made single spaces.
std::string detailOf(const std::string& message) {
    const auto colon = message.find(": ");
    const std::string detail = colon == std::string::npos ? message : message.substr(colon + 2);
    std::string tidy;
    for (char c : detail) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (tidy.empty() || tidy.back() == ' ')) {
            continue;
        }
        tidy += space ? ' ' : c;
    }
    while (!tidy.empty() && tidy.back() == ' ') {
        tidy.pop_back();
    }
    return tidy;
}

// "a", "b" or "c"; SQL string literals become JSON strings.
std::string choices(const std::string& list) {
    std::vector<std::string> items;
    static const std::regex item(R"(\s*('(?:[^']|'')*'|[^,]+?)\s*(?:,|$))");
    for (auto it = std::sregex_iterator(list.begin(), list.end(), item);
         it != std::sregex_iterator(); ++it) {
        std::string text = (*it)[1].str();
        if (text.size() >= 2 && text.front() == '\'') {
            text = "\"" +
                   std::regex_replace(text.substr(1, text.size() - 2), std::regex("''"), "'") +
                   "\"";
        }
        items.push_back(text);
    }
    std::string words;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) {
            words += i + 1 == items.size() ? " or " : ", ";
        }
        words += items[i];
    }
    return words;
}

std::optional<Refusal> explainCheck(const std::string& rule, const Table& table) {
    static const std::regex between(R"(^(\w+) BETWEEN (-?\d+) AND (-?\d+)$)");
    static const std::regex among(R"(^(\w+) IN \((.*)\)$)");
    static const std::regex atLeast(R"(^(\w+) >= (-?\d+)$)");
    static const std::regex equal(R"(^(\w+) = (-?\d+)$)");
    std::smatch match;
    std::string reason;
    if (std::regex_match(rule, match, between)) {
        reason = " from " + match[2].str() + " to " + match[3].str();
    } else if (std::regex_match(rule, match, among)) {
        reason = "must be " + choices(match[2].str());
    } else if (std::regex_match(rule, match, atLeast)) {
        reason = ", " + match[2].str() + " or more";
    } else if (std::regex_match(rule, match, equal)) {
        reason = "must be " + match[2].str();
    }
    const auto column = reason.empty() ? std::nullopt : table.find(match[1].str());
    if (!column) {
        return Refusal{std::nullopt, "breaks the rule \"" + rule + "\""};
    }
    if (reason.rfind("must", 0) != 0) {
        const bool whole = table.columns[*column].type == ColumnType::Integer;
        reason = (whole ? "must be a whole number" : "must be a number") + reason;
    }
    return Refusal{table.columns[*column].name, reason};
}

// "UNIQUE constraint failed: t.a, t.b" names the columns as table.column.
std::optional<Refusal> explainUnique(const std::string& detail, const Table& table) {
    std::vector<std::string> columns;
    static const std::regex name(R"(\w+\.(\w+))");
    for (auto it = std::sregex_iterator(detail.begin(), detail.end(), name);
         it != std::sregex_iterator(); ++it) {
        columns.push_back((*it)[1].str());
    }
    if (columns.size() == 1) {
        return Refusal{columns[0], "another row of " + table.name + " has the same " + columns[0]};
    }
    std::string names;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        names += (i == 0 ? "" : i + 1 == columns.size() ? " and " : ", ") + columns[i];
    }
    return Refusal{std::nullopt, "another row of " + table.name + " has the same " + names};
}

} // namespace

std::optional<Refusal> explainRefusedRow(const storage::StorageError& error, const Table& table) {
    const std::string detail = detailOf(error.what());
    switch (error.sqliteCode()) {
    case SQLITE_CONSTRAINT_CHECK:
        return explainCheck(detail, table);
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return explainUnique(detail, table);
    case SQLITE_CONSTRAINT_NOTNULL: {
        const auto dot = detail.rfind('.');
        return Refusal{dot == std::string::npos ? detail : detail.substr(dot + 1),
                       "must not be null"};
    }
    default:
        break;
    }
    if (error.primaryCode() == SQLITE_TOOBIG) {
        return Refusal{std::nullopt, "holds a value too large for a project file"};
    }
    if (error.primaryCode() == SQLITE_CONSTRAINT) {
        return Refusal{std::nullopt, "is refused by the schema (" + detail + ")"};
    }
    return std::nullopt;
}

} // namespace jointly::interchange

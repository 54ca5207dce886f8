#include "records/DeletionImpact.h"

#include "quantities/Money.h"
#include "records/RecordKind.h"
#include "storage/Database.h"

#include <algorithm>
#include <map>
#include <set>

namespace jointly::records {

namespace {

// A name from the file's schema as an SQL identifier. The schema of a file
// from elsewhere is untrusted: a table or column name is quoted, never
// trusted to be plain.
std::string quoted(const std::string& name) {
    std::string text = "\"";
    for (char c : name) {
        text += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return text + "\"";
}

struct ForeignKey {
    std::string child;  // the table holding the link
    std::string column; // the link
    std::string action; // ON DELETE: CASCADE, SET NULL, ...
};

// Every link in the file to `parent`'s rows (by their id).
std::vector<ForeignKey> linksTo(storage::Database& db, const std::string& parent) {
    std::vector<ForeignKey> links;
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%' ORDER BY rowid");
    while (tables.step()) {
        const auto child = tables.text(0);
        auto keys = db.prepare("SELECT \"table\", \"from\", coalesce(\"to\", 'id'), on_delete FROM "
                               "pragma_foreign_key_list(?1) ORDER BY id, seq");
        keys.bind(1, child);
        while (keys.step()) {
            if (keys.text(0) == parent && keys.text(2) == "id") {
                links.push_back(ForeignKey{child, keys.text(1), keys.text(3)});
            }
        }
    }
    return links;
}

std::string lowerFirst(std::string text) {
    if (!text.empty()) {
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    }
    return text;
}

std::string plainWords(const std::string& table) {
    std::string words = table;
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

// How far cascades are followed: deeper chains are not in Jointly's schema,
// and a file made elsewhere could loop.
constexpr int kMostSteps = 8;

} // namespace

std::vector<Consequence> deletionConsequences(storage::Database& db, std::string_view table,
                                              std::int64_t id) {
    // Each table's rows that go, as SQL conditions on it (ORed): the rows
    // are never fetched, so deleting an indicator with a million values is
    // counted as quickly as a member.
    std::map<std::string, std::vector<std::string>> going;
    std::vector<std::string> order; // tables in the order their rows were found to go
    struct Step {
        std::string table;
        std::string rows; // SQL: SELECT id FROM table WHERE ...
        int depth;
    };
    std::vector<Step> queue = {
        {std::string(table),
         "SELECT id FROM " + quoted(std::string(table)) + " WHERE id = " + std::to_string(id), 0}};
    // The links that would be emptied, by table and field: one field may be
    // reached by several paths (risks owned by each of a partner's members).
    std::vector<std::pair<std::string, std::string>> unlinkOrder;
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> unlinks;
    for (std::size_t next = 0; next < queue.size(); ++next) {
        const auto step = queue[next];
        if (step.depth >= kMostSteps) {
            continue;
        }
        for (const auto& link : linksTo(db, step.table)) {
            const std::string where = quoted(link.column) + " IN (" + step.rows + ")";
            if (link.action == "CASCADE") {
                if (going.find(link.child) == going.end()) {
                    order.push_back(link.child);
                }
                going[link.child].push_back(where);
                queue.push_back({link.child,
                                 "SELECT id FROM " + quoted(link.child) + " WHERE " + where,
                                 step.depth + 1});
            } else if (link.action == "SET NULL") {
                const auto key = std::make_pair(link.child, link.column);
                if (unlinks.find(key) == unlinks.end()) {
                    unlinkOrder.push_back(key);
                }
                unlinks[key].push_back(where);
            }
        }
    }

    std::vector<Consequence> consequences;
    auto condition = [&](const std::string& child) {
        std::string any;
        for (const auto& where : going[child]) {
            any += (any.empty() ? "(" : " OR (") + where + ")";
        }
        return any;
    };
    for (const auto& child : order) {
        if (child == table) {
            continue; // a record's own kind, deleted through itself, is not news
        }
        Consequence consequence;
        consequence.table = child;
        const auto where = condition(child);
        consequence.count =
            db.queryInt64("SELECT count(*) FROM " + quoted(child) + " WHERE " + where);
        if (consequence.count == 0) {
            continue;
        }
        const auto* kind = kindForTable(child);
        if (kind && !kind->totalOnDelete.empty()) {
            consequence.moneyPence =
                db.queryInt64("SELECT coalesce(sum(" + quoted(std::string(kind->totalOnDelete)) +
                              "), 0) FROM " + quoted(child) + " WHERE " + where);
        }
        consequences.push_back(consequence);
    }
    for (const auto& key : unlinkOrder) {
        const auto& [child, column] = key;
        std::string where;
        for (const auto& each : unlinks[key]) {
            where += (where.empty() ? "((" : " OR (") + each + ")";
        }
        where += ")";
        // Rows deleted anyway are not "unlinked".
        if (going.count(child)) {
            where += " AND NOT (" + condition(child) + ")";
        }
        if (child == table) {
            where += " AND id <> " + std::to_string(id);
        }
        Consequence consequence;
        consequence.effect = Consequence::Effect::Unlinked;
        consequence.table = child;
        consequence.column = column;
        consequence.count =
            db.queryInt64("SELECT count(*) FROM " + quoted(child) + " WHERE " + where);
        if (consequence.count > 0) {
            consequences.push_back(consequence);
        }
    }
    return consequences;
}

std::vector<std::string> describeConsequences(const std::vector<Consequence>& consequences) {
    std::vector<std::string> phrases;
    for (const auto& consequence : consequences) {
        const auto* kind = kindForTable(consequence.table);
        const std::string singular =
            kind ? std::string(kind->singular) : plainWords(consequence.table);
        const std::string plural =
            kind ? std::string(kind->plural) : plainWords(consequence.table) + "s";
        const std::string many =
            std::to_string(consequence.count) + " " + (consequence.count == 1 ? singular : plural);
        if (consequence.effect == Consequence::Effect::Deleted) {
            std::string phrase = many;
            if (consequence.moneyPence && *consequence.moneyPence != 0) {
                phrase += " worth " + quantities::formatPounds(*consequence.moneyPence) +
                          (consequence.count == 1 ? "" : " in all");
            }
            phrases.push_back(phrase);
            continue;
        }
        // "2 care groups lose their lead commissioner"; the partnership's own
        // row (the agreement) has no kind of its own: "the partnership loses
        // its host partner".
        std::string role = plainWords(consequence.column);
        if (role.size() > 3 && role.substr(role.size() - 3) == " id") {
            role.resize(role.size() - 3);
        }
        if (kind) {
            for (const auto& field : kind->fields) {
                if (field.column == consequence.column) {
                    role = lowerFirst(std::string(field.label));
                }
            }
            phrases.push_back(many + (consequence.count == 1 ? " loses its " : " lose their ") +
                              role);
        } else {
            phrases.push_back("the " + singular + " loses its " + role);
        }
    }
    return phrases;
}

} // namespace jointly::records

#include "records/RecordFinder.h"

#include "records/TypedInput.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <charconv>
#include <string>
#include <vector>

namespace jointly::records {

Outcome<std::int64_t> findRecord(storage::Database& db, const RecordKind& kind,
                                 std::string_view nameOrId) {
    const auto wanted = util::trim(nameOrId);
    std::int64_t id = 0;
    const auto [end, error] = std::from_chars(wanted.data(), wanted.data() + wanted.size(), id);
    const bool givenId = error == std::errc() && end == wanted.data() + wanted.size();
    std::vector<std::string> names;
    std::vector<std::int64_t> matches;
    // Built from the kind's own constants, never from what was typed.
    auto rows = db.prepare("SELECT id, " + std::string(kind.nameColumn) + " FROM " +
                           std::string(kind.table) + " ORDER BY id");
    while (rows.step()) {
        if (givenId && rows.int64(0) == id) {
            return id;
        }
        const auto name = rows.text(1);
        names.push_back(util::trim(name).empty() ? "unnamed " + std::string(kind.singular) + " " +
                                                       std::to_string(rows.int64(0))
                                                 : util::curlyQuoted(name));
        if (util::lower(util::trim(name)) == util::lower(wanted)) {
            matches.push_back(rows.int64(0));
        }
    }
    const auto plural = std::string(kind.plural);
    if (matches.size() == 1) {
        return matches.front();
    }
    if (matches.size() > 1) {
        return Error{ErrorKind::Invalid, std::to_string(matches.size()) + " " + plural +
                                             " are called " + util::curlyQuoted(wanted) +
                                             ": give the id of the one you mean (jointly list "
                                             "FILE " +
                                             typedName(kind) + " shows them)."};
    }
    if (names.empty()) {
        return Error{ErrorKind::NotFound, "The project has no " + plural + " yet: add one first."};
    }
    constexpr std::size_t kNamed = 12;
    const auto total = names.size();
    if (total > kNamed) {
        names.resize(kNamed);
        names.push_back(std::to_string(total - kNamed) + " more");
    }
    return Error{ErrorKind::NotFound, "No " + std::string(kind.singular) + " is called " +
                                          util::curlyQuoted(wanted) + ". The " + plural + " are " +
                                          util::joinedWithAnd(names) + "."};
}

} // namespace jointly::records

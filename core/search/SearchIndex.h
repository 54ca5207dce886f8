#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// Search across the whole project: every record's text in every stage
// (names, descriptions, notes, statements, specifications, decisions),
// indexed with SQLite FTS5 and English stemming, so "commissioned" finds
// "commissioning". The index is built from the project, never read from a
// file: it lives in memory beside the open project, so a file from
// elsewhere cannot bring a doctored one, and it is brought up to date with
// the tables each edit, undo, redo or import touched.
namespace jointly::search {

struct SearchHit {
    std::string table;
    std::int64_t id = 0;
    std::string kind;     // "needs statement"
    std::string stage;    // "Needs": the stage that keeps it
    std::string stageKey; // "needs"
    std::string name;     // the record's name
    // The words around the match, with each matching word between the
    // markers kMatchStart and kMatchEnd; escape the rest before showing it
    // as rich text.
    std::string snippet;
};

inline constexpr char kMatchStart = '\x02';
inline constexpr char kMatchEnd = '\x03';

class SearchIndex {
public:
    // Indexes every record of every kind the project holds.
    explicit SearchIndex(storage::Database& project);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    // Indexes again the records of the kinds kept in these tables, after an
    // edit, undo, redo or import touched them.
    void refresh(storage::Database& project, const std::set<std::string>& tables);

    // The records holding every one of the words (the last may be the start
    // of a word), best first: those with the words in their name first, the
    // shortest name first, then the others by how well their text matches.
    // Grouped by stage, the stage with the best match first. Words
    // are letters and digits; anything else between them is ignored, so
    // nothing typed is read as a query operator.
    std::vector<SearchHit> find(const std::string& words, std::size_t limit = 200);

    // How many records are indexed.
    std::int64_t size();

private:
    void indexTable(storage::Database& project, const std::string& table);
    std::string queryOf(const std::string& typed);

    std::unique_ptr<storage::Database> index_;
};

} // namespace jointly::search

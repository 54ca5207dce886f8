#include "search/SearchIndex.h"

#include "records/RecordKind.h"
#include "records/RecordStore.h"
#include "stages/Stage.h"
#include "storage/Database.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace jointly::search {

namespace {

bool isText(records::FieldType type) {
    return type == records::FieldType::Text || type == records::FieldType::LongText;
}

// The words typed: letters and digits, anything else between them ignored,
// so nothing typed is read as a query operator.
std::vector<std::string> wordsOf(const std::string& typed) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : typed) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || byte >= 0x80) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty()) {
        words.push_back(word);
    }
    return words;
}

std::string quoted(const std::string& word) {
    return "\"" + word + "\"";
}

// At most this many whole words stand for a word half typed.
constexpr int kMostCompletions = 64;

} // namespace

SearchIndex::SearchIndex(storage::Database& project)
    : index_(std::make_unique<storage::Database>(":memory:", storage::OpenMode::Memory)) {
    // Porter stemming over Unicode words: "commissioned" and "commissioning"
    // are one word to the search. The record's place is kept, unindexed.
    index_->execute("CREATE VIRTUAL TABLE record_text USING fts5(name, body, label UNINDEXED, "
                    "kind UNINDEXED, tbl UNINDEXED, rid UNINDEXED, tokenize = 'porter "
                    "unicode61')");
    // The same words unstemmed, only for their vocabulary: a word still being
    // typed ("communit") is the start of whole words ("community"), not of
    // their stems ("commun"), so it is completed from here.
    index_->execute("CREATE VIRTUAL TABLE record_words USING fts5(words, tbl UNINDEXED, "
                    "tokenize = 'unicode61')");
    index_->execute("CREATE VIRTUAL TABLE word_list USING fts5vocab(record_words, 'row')");
    std::set<std::string> tables;
    for (const auto* kind : records::everyKind()) {
        tables.insert(std::string(kind->table));
    }
    refresh(project, tables);
}

// Every word must be there; the last, which the user may still be typing,
// may be the start of a word: the start of its stem, or of a whole word
// the records hold, which the stemmed index then finds by its stem.
std::string SearchIndex::queryOf(const std::string& typed) {
    const auto words = wordsOf(typed);
    std::string query;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        query += (i == 0 ? "" : " AND ") + quoted(words[i]);
    }
    if (words.empty()) {
        return query;
    }
    std::string last = quoted(words.back()) + "*";
    std::string lower = words.back();
    for (auto& c : lower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    // Bounded on both sides, so only the words that start so are looked at:
    // U+10FFFF sorts after any character that can follow the start.
    auto whole = index_->prepare("SELECT term FROM word_list WHERE term >= ?1 AND term < ?3 AND "
                                 "substr(term, 1, length(?1)) = ?1 ORDER BY term LIMIT ?2");
    whole.bind(1, lower)
        .bind(2, std::int64_t{kMostCompletions})
        .bind(3, lower + "\xF4\x8F\xBF\xBF");
    std::size_t completions = 0;
    while (whole.step()) {
        const auto term = whole.text(0);
        if (term != lower && term.find('"') == std::string::npos) {
            last += " OR " + quoted(term);
            ++completions;
        }
    }
    if (completions > 0) {
        last = "(" + last + ")";
    }
    // AND said, not implied: FTS5 does not take an implied AND before a
    // bracket.
    return query + (query.empty() ? "" : " AND ") + last;
}

SearchIndex::~SearchIndex() = default;

void SearchIndex::refresh(storage::Database& project, const std::set<std::string>& tables) {
    storage::Transaction transaction(*index_);
    for (const auto& table : tables) {
        indexTable(project, table);
    }
    transaction.commit();
}

void SearchIndex::indexTable(storage::Database& project, const std::string& table) {
    for (const char* sql :
         {"DELETE FROM record_text WHERE tbl = ?1", "DELETE FROM record_words WHERE tbl = ?1"}) {
        auto drop = index_->prepare(sql);
        drop.bind(1, table);
        drop.run();
    }
    auto vocabulary = index_->prepare("INSERT INTO record_words (words, tbl) VALUES (?1, ?2)");
    auto insert = index_->prepare(
        "INSERT INTO record_text (name, body, label, kind, tbl, rid) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6)");
    for (const auto* kind : records::everyKind()) {
        if (kind->table != table) {
            continue;
        }
        std::vector<records::Record> rows;
        if (kind->oneRow) {
            if (auto only = records::findRecord(project, *kind, 1)) {
                rows.push_back(std::move(*only));
            }
        } else {
            rows = records::listRecords(project, *kind);
        }
        for (const auto& record : rows) {
            std::string body;
            for (std::size_t i = 0; i < kind->fields.size(); ++i) {
                const auto& field = kind->fields[i];
                const auto* text = std::get_if<std::string>(&record.values[i]);
                if (isText(field.type) && text != nullptr && !text->empty() &&
                    field.column != kind->nameColumn) {
                    body += (body.empty() ? "" : "\n") + *text;
                }
            }
            // Shown: the name as lists show it. Searched: the whole of a
            // name written as text (a statement, a decision), not its first
            // line cut short.
            const auto label =
                kind->oneRow ? std::string(kind->singular) : records::nameOf(*kind, record);
            std::string name = label;
            for (std::size_t i = 0; i < kind->fields.size() && !kind->oneRow; ++i) {
                const auto* text = std::get_if<std::string>(&record.values[i]);
                if (kind->fields[i].column == kind->nameColumn && isText(kind->fields[i].type) &&
                    text != nullptr && !text->empty()) {
                    name = *text;
                }
            }
            if (body.empty() && kind->oneRow) {
                continue; // settings with nothing written
            }
            insert.reset();
            insert.bind(1, name);
            insert.bind(2, body);
            insert.bind(3, label);
            insert.bind(4, std::string(kind->singular));
            insert.bind(5, table);
            insert.bind(6, record.id);
            insert.run();
            vocabulary.reset();
            vocabulary.bind(1, name + "\n" + body);
            vocabulary.bind(2, table);
            vocabulary.run();
        }
    }
}

std::vector<SearchHit> SearchIndex::find(const std::string& words, std::size_t limit) {
    std::vector<SearchHit> hits;
    const auto query = queryOf(words);
    if (query.empty() || limit == 0) {
        return hits;
    }
    // Records holding the words in their name come first, the shortest name
    // (the closest to what was typed) first; then the rest by bm25, with a
    // match in the name worth ten in the text.
    auto rows = index_->prepare(
        "SELECT tbl, rid, kind, label, snippet(record_text, -1, char(2), char(3), '…', 12), "
        "bm25(record_text, 10.0, 1.0) AS score, rowid IN (SELECT rowid FROM record_text WHERE "
        "record_text MATCH ?3) AS named FROM record_text WHERE record_text MATCH ?1 ORDER BY "
        "named DESC, CASE WHEN named THEN length(name) END, score LIMIT ?2");
    rows.bind(1, query);
    rows.bind(3, "name : (" + query + ")");
    rows.bind(2, static_cast<std::int64_t>(limit));
    std::map<std::string, std::size_t> bestOfStage; // the stage's first place in rank order
    while (rows.step()) {
        SearchHit hit;
        hit.table = rows.text(0);
        hit.id = rows.int64(1);
        hit.kind = rows.text(2);
        hit.name = rows.text(3);
        hit.snippet = rows.text(4);
        if (const auto* kind = records::kindForTable(hit.table)) {
            if (const auto* stage = stages::keeping(*kind)) {
                hit.stage = std::string(stage->name);
                hit.stageKey = std::string(stage->key);
            }
        } else {
            for (const auto* each : records::everyKind()) {
                if (each->table == hit.table && each->singular == hit.kind) {
                    if (const auto* stage = stages::keeping(*each)) {
                        hit.stage = std::string(stage->name);
                        hit.stageKey = std::string(stage->key);
                    }
                }
            }
        }
        bestOfStage.emplace(hit.stage, hits.size());
        hits.push_back(std::move(hit));
    }
    // Grouped by stage, the group with the best match first; best first
    // within each group (the sort keeps the rank order).
    std::stable_sort(hits.begin(), hits.end(), [&](const SearchHit& a, const SearchHit& b) {
        return bestOfStage.at(a.stage) < bestOfStage.at(b.stage);
    });
    return hits;
}

std::int64_t SearchIndex::size() {
    return index_->queryInt64("SELECT count(*) FROM record_text");
}

} // namespace jointly::search

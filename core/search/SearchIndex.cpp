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

// The stage that keeps each kind, by the kind's table.
const stages::Stage* stageOf(const records::RecordKind& kind) {
    for (const auto& stage : stages::all()) {
        if (stage.kinds == nullptr) {
            continue;
        }
        const auto& kinds = stage.kinds();
        if (std::find(kinds.begin(), kinds.end(), &kind) != kinds.end()) {
            return &stage;
        }
    }
    return nullptr;
}

bool isText(records::FieldType type) {
    return type == records::FieldType::Text || type == records::FieldType::LongText;
}

// The words typed, as an FTS5 query of quoted terms, each of which must be
// there; the last matches the start of a word, as the user may still be
// typing it. Empty when there is no word.
std::string queryOf(const std::string& typed) {
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
    std::string query;
    for (std::size_t i = 0; i < words.size(); ++i) {
        query += (i == 0 ? "\"" : " \"") + words[i] + "\"";
        if (i + 1 == words.size()) {
            query += "*";
        }
    }
    return query;
}

} // namespace

SearchIndex::SearchIndex(storage::Database& project)
    : index_(std::make_unique<storage::Database>(":memory:", storage::OpenMode::Memory)) {
    // Porter stemming over Unicode words: "commissioned" and "commissioning"
    // are one word to the search. The record's place is kept, unindexed.
    index_->execute("CREATE VIRTUAL TABLE record_text USING fts5(name, body, label UNINDEXED, "
                    "kind UNINDEXED, tbl UNINDEXED, rid UNINDEXED, tokenize = 'porter "
                    "unicode61')");
    std::set<std::string> tables;
    for (const auto* kind : records::everyKind()) {
        tables.insert(std::string(kind->table));
    }
    refresh(project, tables);
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
    auto drop = index_->prepare("DELETE FROM record_text WHERE tbl = ?1");
    drop.bind(1, table);
    drop.run();
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
            if (const auto* stage = stageOf(*kind)) {
                hit.stage = std::string(stage->name);
                hit.stageKey = std::string(stage->key);
            }
        } else {
            for (const auto* each : records::everyKind()) {
                if (each->table == hit.table && each->singular == hit.kind) {
                    if (const auto* stage = stageOf(*each)) {
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

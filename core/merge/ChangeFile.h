#pragma once

#include "Outcome.h"
#include "merge/RowEdit.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// A change file (*.jointly-changes): the edits made in one copy of a
// project, to be merged into another copy of the same project. It travels
// by e-mail, so it is read as untrusted input: Jointly's checked envelope
// (baseline/ArchiveEnvelope.h, content "changes") around a JSON document:
//
//   { "changeFile": 1, "project": "<identity>", "format": <schema version>,
//     "from": "<file name>", "sentBy": "...", "sentAt": "<UTC>",
//     "edits": [ { "id": <edit's id>, "label": "...", "madeAt": "...",
//                  "madeBy": "...", "undone": false,
//                  "rows": [ { "table": "partner", "op": "changed", "id": 7,
//                              "before": { "name": "Old" },
//                              "after": { "name": "New" } } ] } ],
//     "totals": [ { "table": "appraisal_criterion", "group": 3,
//                   "total": 10000 } ] }
//
// Values are null, whole numbers, reals, text, or {"hex": "..."} for bytes.
// Fields are named, not numbered, and nothing in it is SQLite's own format:
// a shared server (PostgreSQL, say) could store and hand out the same
// documents. What such a server would need: the project's identity to file
// them under, each edit's id (unique across copies: ids carry the site of
// the copy that made them) to send each laptop only the edits it has not
// merged, and the format version to refuse a laptop on an older schema.
namespace jointly::merge {

inline constexpr int kChangeFileFormat = 1;
// More edits or row changes than this in one change file are refused
// before they are read into memory (the envelope caps its size too).
inline constexpr std::size_t kMostEdits = 1'000'000;
inline constexpr std::size_t kMostRows = 5'000'000;

struct SentEdit {
    std::int64_t id = 0;
    std::string label;
    std::string madeAt;
    std::string madeBy;
    bool undone = false; // undone in the copy after it was made
    std::vector<RowEdit> rows;
};

// A total kept at 100% (merge/TotalRules.h) as it stands in the copy that
// sent the changes, for each group its edits touched: a merge asks about a
// total only when both sides kept it and together they do not.
struct SentTotal {
    std::string table;
    std::int64_t group = 0;
    std::int64_t basisPoints = 0;
};

struct ChangeFile {
    std::string project; // the project's identity
    int format = 0;      // the schema version of the copy that made it
    std::string from;    // the copy's file name
    std::string sentBy;
    std::string sentAt;
    std::vector<SentEdit> edits; // oldest first
    std::vector<SentTotal> totals;
};

// The change file as bytes to write.
std::string writeChangeFile(const ChangeFile& changes);

// The change file in bytes read from fileName (named in every refusal).
// Refuses another program's file, a damaged or cut-short one, one from a
// newer version of Jointly, and one larger than the caps.
Outcome<ChangeFile> readChangeFile(std::string_view bytes, const std::string& fileName);

// Every edit made in this copy itself (not those it was taken with or
// merged from elsewhere), undone ones marked, oldest first: what "Send my
// changes" writes. fileName is the copy's name, for the change file's
// "from". A damaged edit is refused with a sentence.
Outcome<ChangeFile> editsMadeIn(storage::Database& copy, const std::string& fileName,
                                const std::string& sentBy);

} // namespace jointly::merge

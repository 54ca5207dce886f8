#pragma once

#include "merge/Conflict.h"
#include "merge/RowEdit.h"

#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace jointly::storage {
class Database;
class StorageError;
} // namespace jointly::storage
namespace jointly::audit {
class ChangeWords;
}
namespace jointly::interchange {
struct Table;
}

namespace jointly::merge {

// Told how many of a merge's rows are applied, of how many; returns false
// to stop (the user pressed Cancel).
using MergeProgress = std::function<bool(std::size_t done, std::size_t total)>;

// Thrown by Merger::apply when its progress says stop; the caller rolls
// the transaction back, so nothing is changed.
struct MergeStopped : std::exception {
    const char* what() const noexcept override { return "the merge was stopped"; }
};

// Applies another copy's row edits to this file, field by field, inside a
// transaction its caller holds open with foreign-key actions off
// (storage::ForeignKeysOff): a field changed only there is taken, one
// changed here and there differently is a conflict, as is a record deleted
// on one side and changed on the other, a record that breaks a rule of the
// schema, and a link to a record deleted here. Each conflict is settled by
// its answer, or left as this file has it while unanswered (and listed).
// Links are checked at the end: every link the merge breaks is a conflict
// too. Nothing here commits; the caller rolls back a trial or commits the
// merge as one edit.
class Merger {
public:
    // theirTotals: the totals kept at 100% as they stand in the copy the
    // changes came from, by table and group (ChangeFile::totals).
    Merger(storage::Database& db, const Answers& answers,
           std::map<std::pair<std::string, std::int64_t>, std::int64_t> theirTotals = {});
    ~Merger();
    Merger(const Merger&) = delete;
    Merger& operator=(const Merger&) = delete;

    // Applies the rows. Throws storage::StorageError for a failure to
    // write and std::invalid_argument, with a sentence, for a row of a kind
    // or field this version of Jointly does not have.
    // progress, if given, is told every few hundred rows and may stop the
    // merge by throwing MergeStopped.
    void apply(const std::vector<RowEdit>& rows, const MergeProgress& progress = {});

    // Every conflict met, in the order met.
    const std::vector<Conflict>& conflicts() const { return conflicts_; }
    // Those without an answer.
    std::vector<Conflict> unanswered() const;

    std::size_t added() const { return added_; }
    std::size_t changed() const { return changed_; }
    std::size_t removed() const { return removed_; }
    // Rows left out because they belong to an import of a file imported
    // here already.
    std::size_t rowsOfImportsHeld() const { return rowsOfImportsHeld_; }

private:
    using RecordKey = std::pair<std::string, std::int64_t>;

    void applyAdded(const RowEdit& row);
    void applyChanged(const RowEdit& row);
    void applyRemoved(const RowEdit& row);
    // Takes each field of row that differs from here: changed there only
    // (when the value before is known), or settled as a conflict.
    void takeFields(const RowEdit& row, const FieldValues& here, bool baseKnown);
    void applyBookkeeping(const RowEdit& row);
    void findImportsHeld(const std::vector<RowEdit>& rows);
    bool partOfImportHeld(const RowEdit& row) const;
    bool periodHeldHere(const RowEdit& row);
    bool markOnValueNotHere(const RowEdit& row);
    void keepRules();
    bool onlyLinksCleared(const RecordKey& key);
    void keepTotals();
    void settleLinks();
    bool settleLink(const std::string& child, std::int64_t childId, int link);

    // The conflict's answer; records the conflict the first time its key
    // is met. Unanswered, it is Mine.
    Answer answer(Conflict conflict);
    std::string recordWords(const std::string& table, std::int64_t id, const FieldValues& values,
                            history::RowOp op);
    void noteMine(Conflict& conflict);

    std::optional<FieldValues> current(const std::string& table, std::int64_t id);
    std::optional<FieldValues> removedHere(const std::string& table, std::int64_t id);
    bool insert(const std::string& table, std::int64_t id, const FieldValues& values,
                const RowEdit* row);
    bool update(const std::string& table, std::int64_t id, const FieldValues& values,
                const RowEdit& row);
    void remove(const std::string& table, std::int64_t id);
    // The conflict, and why in words, for a write the schema refused.
    std::pair<Conflict, std::string> refusedByRule(const storage::StorageError& error,
                                                   const std::string& table, std::int64_t id,
                                                   const FieldValues& values, history::RowOp op,
                                                   const RowEdit& row);
    void runWrite(const std::string& sql, std::int64_t id, const FieldValues& values);
    void checkKnown(const RowEdit& row);

    storage::Database& db_;
    const Answers& answers_;
    std::unique_ptr<audit::ChangeWords> words_;
    std::map<std::string, interchange::Table> tables_;
    std::vector<Conflict> conflicts_;
    // Who made the latest edit of each record here, and when, once asked.
    std::optional<std::map<RecordKey, std::pair<std::string, std::string>>> lastEdits_;
    std::set<std::string> keys_;
    std::set<std::string> brokenBefore_;
    std::vector<std::map<std::int64_t, std::int64_t>> totalsBefore_; // by merge/TotalRules.h
    std::map<std::pair<std::string, std::int64_t>, std::int64_t> theirTotals_;
    // Records the merge wrote (added, changed or brought back), and the
    // values of those it removed, to settle the links afterwards.
    std::set<RecordKey> written_;
    std::map<RecordKey, FieldValues> removedByMerge_;
    std::map<RecordKey, FieldValues> beforeMerge_;
    std::map<RecordKey, const RowEdit*> incoming_;
    std::set<RecordKey> cascaded_;
    std::set<RecordKey> keptAgainstRemoval_;
    std::set<std::string> statementsKept_;
    std::set<std::string> linksGivenBack_; // "table#id.column" set back to this file's value
    std::set<RecordKey> leftOut_;
    // Imports of files imported here already (by id), and indicators an
    // import adds that are held here under the same code (theirs to ours).
    std::set<std::int64_t> importsHeld_;
    std::map<std::int64_t, std::int64_t> sameIndicator_;
    std::deque<RowEdit> remapped_; // rows given the indicator held here
    std::size_t rowsOfImportsHeld_ = 0;
    std::size_t added_ = 0;
    std::size_t changed_ = 0;
    std::size_t removed_ = 0;
};

} // namespace jointly::merge

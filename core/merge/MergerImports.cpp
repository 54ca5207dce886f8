#include "merge/Merger.h"

#include "audit/ChangeHistory.h"
#include "merge/MergeHelpers.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

// What travels besides records: imports, whole (one of a file imported here
// already is not added twice, and an indicator held here under the same code
// takes the values), a KPI's figures one a period, and which edits of other
// copies the sender had merged.
namespace jointly::merge {

using namespace detail;
using history::RowOp;
using history::StoredValue;

bool Merger::periodHeldHere(const RowEdit& row) {
    // A KPI holds one figure a period. A figure added there for a period
    // this file holds under another record (the same actuals file imported
    // on both sides, or the figure typed on both) is that record: the same
    // figure merges without asking, a different one is a conflict over the
    // figure held, and where the incoming figure is taken its provenance
    // (the file and row it came from) comes with it.
    if (row.table != "kpi_actual" || row.op != RowOp::Added) {
        return false;
    }
    auto kpi = row.after.find("kpi_id");
    auto period = row.after.find("period");
    if (kpi == row.after.end() || period == row.after.end() ||
        !std::holds_alternative<std::int64_t>(kpi->second) ||
        !std::holds_alternative<std::string>(period->second) || current(row.table, row.id)) {
        return false;
    }
    auto held = db_.cached(
        "SELECT id FROM kpi_actual WHERE kpi_id = ?1 AND period = ?2 AND id <> ?3 ORDER BY id");
    held->bind(1, std::get<std::int64_t>(kpi->second))
        .bind(2, std::get<std::string>(period->second))
        .bind(3, row.id);
    if (!held->step()) {
        return false;
    }
    const auto heldId = held->int64(0);
    held->reset();
    const auto here = current(row.table, heldId);
    if (!here) {
        return false;
    }
    RowEdit asChange = row;
    asChange.id = heldId;
    asChange.op = RowOp::Changed;
    asChange.before.clear();
    asChange.after.clear();
    for (const char* field : {"value_hundredths", "note"}) {
        auto theirs = row.after.find(field);
        asChange.after[field] = theirs == row.after.end() ? StoredValue{} : theirs->second;
        // The value it was added with, when it was changed after (fold()).
        if (auto added = row.before.find(field); added != row.before.end()) {
            asChange.before[field] = added->second;
        }
    }
    takeFields(asChange, *here, false);
    auto source = row.after.find("source");
    auto now = current(row.table, heldId);
    if (source != row.after.end() && now &&
        now->at("value_hundredths") == asChange.after.at("value_hundredths") &&
        here->at("value_hundredths") != asChange.after.at("value_hundredths")) {
        update(row.table, heldId, {{"source", source->second}}, asChange);
    }
    if (row.id < heldId) {
        // Both copies keep the figure under the lower of its two ids (the
        // other copy does the same when it merges this one's), so a later
        // change to it from either side finds it.
        auto move = db_.cached("UPDATE kpi_actual SET id = ?1 WHERE id = ?2");
        move->bind(1, row.id).bind(2, heldId);
        move->run();
        if (written_.erase({row.table, heldId}) != 0) {
            written_.insert({row.table, row.id});
        }
    }
    return true;
}

bool Merger::markOnValueNotHere(const RowEdit& row) {
    // The mark an import puts on a value it replaced, for a value this file
    // does not hold (one of an import held here under other ids): there is
    // nothing here to mark, and nothing to ask about.
    return row.table == "indicator_value" && row.op == RowOp::Changed && row.after.size() == 1 &&
           row.after.count("replaced_by") != 0 && !current(row.table, row.id);
}

void Merger::findImportsHeld(const std::vector<RowEdit>& rows) {
    // An import travels whole, with its provenance (the file's name and
    // SHA-256): one of a file this project has imported already is here, and
    // its rows are not added a second time.
    for (const auto& row : rows) {
        if (row.table != "indicator_import" || row.op != RowOp::Added) {
            continue;
        }
        auto hash = row.after.find("sha256");
        const auto* text =
            hash == row.after.end() ? nullptr : std::get_if<std::string>(&hash->second);
        if (text == nullptr) {
            continue;
        }
        auto held = db_.cached("SELECT 1 FROM indicator_import WHERE sha256 = ?1 AND active = 1");
        held->bind(1, *text);
        if (held->step()) {
            importsHeld_.insert(row.id);
        }
    }
    // An indicator an import adds that this project holds already (the same
    // source code, added by its own import of another file) is the one held:
    // the incoming values are given to it.
    for (const auto& row : rows) {
        if (row.table != "indicator" || row.op != RowOp::Added) {
            continue;
        }
        auto code = row.after.find("source_code");
        const auto* text =
            code == row.after.end() ? nullptr : std::get_if<std::string>(&code->second);
        if (text == nullptr || text->empty()) {
            continue;
        }
        auto held = db_.cached("SELECT id FROM indicator WHERE source_code = ?1 AND id <> ?2");
        held->bind(1, *text).bind(2, row.id);
        if (held->step()) {
            sameIndicator_[row.id] = held->int64(0);
        }
    }
}

bool Merger::partOfImportHeld(const RowEdit& row) const {
    if (importsHeld_.empty()) {
        return false;
    }
    if (row.table == "indicator_import") {
        return importsHeld_.count(row.id) != 0;
    }
    for (const char* link : {"import_id", "created_by_import", "replaced_by"}) {
        for (const auto* values : {&row.after, &row.before}) {
            auto found = values->find(link);
            const auto* id =
                found == values->end() ? nullptr : std::get_if<std::int64_t>(&found->second);
            if (id != nullptr && importsHeld_.count(*id) != 0) {
                return true;
            }
        }
    }
    return false;
}

void Merger::applyBookkeeping(const RowEdit& row) {
    // Which edits of other copies the sender had merged: kept here too, so
    // they are not merged a second time by another way round.
    if (row.op == RowOp::Removed) {
        auto write = db_.cached("DELETE FROM merged_edit WHERE id = ?1");
        write->bind(1, row.id);
        write->run();
        return;
    }
    if (row.op != RowOp::Added) {
        return;
    }
    auto textOf = [&](const char* field) {
        auto found = row.after.find(field);
        const auto* text =
            found == row.after.end() ? nullptr : std::get_if<std::string>(&found->second);
        return text ? *text : std::string();
    };
    auto write = db_.cached("INSERT OR IGNORE INTO merged_edit (id, label, made_at, made_by, "
                            "merged_from) VALUES (?1, ?2, ?3, ?4, ?5)");
    write->bind(1, row.id)
        .bind(2, textOf("label"))
        .bind(3, textOf("made_at"))
        .bind(4, textOf("made_by"))
        .bind(5, textOf("merged_from"));
    write->run();
}

} // namespace jointly::merge

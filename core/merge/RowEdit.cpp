#include "merge/RowEdit.h"

#include <utility>

namespace jointly::merge {

namespace {

using history::RowOp;

// Leaves out the fields of a change that end where they began.
void dropUnchanged(RowEdit& edit) {
    for (auto it = edit.after.begin(); it != edit.after.end();) {
        auto before = edit.before.find(it->first);
        if (before != edit.before.end() && before->second == it->second) {
            edit.before.erase(before);
            it = edit.after.erase(it);
        } else {
            ++it;
        }
    }
}

// `later` made after `earlier` to the same record, as one row edit; its
// op is left as Changed with no fields when nothing is left of either.
RowEdit combined(RowEdit earlier, const RowEdit& later) {
    RowEdit result = later;
    if (earlier.op == RowOp::Added && later.op == RowOp::Changed) {
        // The fields changed since the record was added keep the value it
        // was added with as their `before`: where the record is held
        // already (merged before, from the copy that added it), a field
        // still as it was added is this copy's change alone.
        result = std::move(earlier);
        for (const auto& [field, value] : later.after) {
            if (result.before.count(field) == 0) {
                auto added = result.after.find(field);
                result.before[field] =
                    added == result.after.end() ? history::StoredValue{} : added->second;
            }
            result.after[field] = value;
        }
    } else if (earlier.op == RowOp::Added && later.op == RowOp::Removed) {
        result.op = RowOp::Changed; // added and removed: nothing at all
        result.before.clear();
        result.after.clear();
    } else if (earlier.op == RowOp::Changed && later.op == RowOp::Changed) {
        result = std::move(earlier);
        for (const auto& [field, value] : later.after) {
            if (result.before.count(field) == 0) {
                auto before = later.before.find(field);
                result.before[field] =
                    before == later.before.end() ? history::StoredValue{} : before->second;
            }
            result.after[field] = value;
        }
        dropUnchanged(result);
    } else if (earlier.op == RowOp::Changed && later.op == RowOp::Removed) {
        // Removed as it was before either edit.
        for (const auto& [field, value] : earlier.before) {
            result.before[field] = value;
        }
    } else if (earlier.op == RowOp::Removed && later.op == RowOp::Added) {
        result.op = RowOp::Changed;
        result.before = std::move(earlier.before);
        for (auto it = result.before.begin(); it != result.before.end();) {
            it = result.after.count(it->first) == 0 ? result.before.erase(it) : std::next(it);
        }
        dropUnchanged(result);
    } else if (earlier.op == RowOp::Changed && earlier.after.empty() && earlier.before.empty()) {
        result = later; // nothing was left of the earlier edits
    }
    // Any other order (added twice, changed after removal) cannot come from
    // one file's edits: the later edit stands.
    result.madeBy = later.madeBy;
    result.madeAt = later.madeAt;
    return result;
}

} // namespace

RowEdit inverse(const RowEdit& edit) {
    RowEdit back = edit;
    std::swap(back.before, back.after);
    if (edit.op == RowOp::Added) {
        back.op = RowOp::Removed;
    } else if (edit.op == RowOp::Removed) {
        back.op = RowOp::Added;
    }
    return back;
}

std::vector<RowEdit> fold(std::vector<std::vector<RowEdit>> edits) {
    std::vector<RowEdit> rows;
    std::map<std::pair<std::string, std::int64_t>, std::size_t> at;
    for (auto& edit : edits) {
        for (auto& row : edit) {
            const auto key = std::make_pair(row.table, row.id);
            auto found = at.find(key);
            if (found == at.end()) {
                at.emplace(key, rows.size());
                rows.push_back(std::move(row));
            } else {
                rows[found->second] = combined(std::move(rows[found->second]), row);
            }
        }
    }
    std::vector<RowEdit> kept;
    kept.reserve(rows.size());
    for (auto& row : rows) {
        if (row.op != RowOp::Changed || !row.after.empty()) {
            kept.push_back(std::move(row));
        }
    }
    return kept;
}

} // namespace jointly::merge

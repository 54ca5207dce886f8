#include "merge/Merger.h"

#include "audit/ChangeHistory.h"
#include "merge/MergeHelpers.h"
#include "merge/TotalRules.h"
#include "records/RecordKind.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

// The rules a merge keeps: each kind's own rule on the records it wrote, and
// the totals kept at 100%.
namespace jointly::merge {

using namespace detail;
using history::RowOp;
using history::StoredValue;

bool Merger::onlyLinksCleared(const RecordKey& key) {
    // What the schema did when a linked record went (a link set to nothing)
    // is not an edit of the record: the stages' rules never ran on it.
    auto incoming = incoming_.find(key);
    if (incoming == incoming_.end() || incoming->second->op != RowOp::Changed) {
        return false;
    }
    auto links = db_.prepare("SELECT \"from\" FROM pragma_foreign_key_list(?1)");
    links.bind(1, key.first);
    std::set<std::string> linkColumns;
    while (links.step()) {
        linkColumns.insert(links.text(0));
    }
    for (const auto& [field, value] : incoming->second->after) {
        if (linkColumns.count(field) == 0 || !std::holds_alternative<std::monostate>(value)) {
            return false;
        }
    }
    return true;
}

void Merger::keepRules() {
    for (const auto& key : std::set<RecordKey>(written_)) {
        const auto* kind = records::kindForTable(key.first);
        if (kind == nullptr || kind->refuseChange == nullptr || leftOut_.count(key) != 0 ||
            onlyLinksCleared(key)) {
            continue;
        }
        const auto why = kind->refuseChange(db_, key.second);
        if (why.empty()) {
            continue;
        }
        const auto here = current(key.first, key.second);
        auto incoming = incoming_.find(key);
        Conflict conflict;
        conflict.key = keyOf(key.first, key.second) + "!rule";
        conflict.kind = ConflictKind::BreaksRule;
        conflict.table = key.first;
        conflict.id = key.second;
        conflict.record =
            recordWords(key.first, key.second, here ? *here : FieldValues{}, RowOp::Changed);
        if (incoming != incoming_.end()) {
            conflict.theirsBy = incoming->second->madeBy;
            conflict.theirsAt = incoming->second->madeAt;
        }
        auto before = beforeMerge_.find(key);
        conflict.mine = before == beforeMerge_.end() ? "left out" : "kept as it is here";
        conflict.theirs = "cannot be had: " + why;
        conflict.canTakeTheirs = false;
        conflict.sentence = "What " + whoseCopy(conflict.theirsBy) + " did to " + conflict.record +
                            " breaks a rule here: " + why;
        answer(conflict);
        // Taken back: an added record goes, a changed one gets its fields back.
        if (before == beforeMerge_.end()) {
            remove(key.first, key.second);
            removedByMerge_.erase(key);
            leftOut_.insert(key);
            if (added_ > 0) {
                --added_;
            }
        } else {
            const auto values = before->second;
            update(key.first, key.second, values, RowEdit{});
            if (changed_ > 0) {
                --changed_;
            }
        }
    }
}

void Merger::keepTotals() {
    const auto& rules = totalRules();
    for (std::size_t index = 0; index < rules.size(); ++index) {
        const auto& rule = rules[index];
        // The groups the merge touched, and which of their records.
        std::map<std::int64_t, std::set<RecordKey>> touched;
        auto note = [&](const RecordKey& key, const FieldValues& values) {
            if (key.first != rule.table) {
                return;
            }
            std::map<std::string, std::int64_t> links;
            for (const auto& [field, value] : values) {
                if (const auto* whole = std::get_if<std::int64_t>(&value)) {
                    links[field] = *whole;
                }
            }
            touched[groupOf(rule, links)].insert(key);
        };
        for (const auto& key : written_) {
            if (key.first != rule.table) {
                continue; // not read again for each rule: a merge may write a million rows
            }
            if (leftOut_.count(key) == 0) {
                if (auto here = current(key.first, key.second)) {
                    note(key, *here);
                }
            }
            if (auto before = beforeMerge_.find(key); before != beforeMerge_.end()) {
                note(key, before->second); // a record moved from one group to another
            }
        }
        for (const auto& [key, values] : removedByMerge_) {
            note(key, values);
        }
        if (touched.empty()) {
            continue;
        }
        const auto after = totalsOf(db_, rule);
        auto totalIn = [](const std::map<std::int64_t, std::int64_t>& totals, std::int64_t group) {
            auto found = totals.find(group);
            return found == totals.end() ? std::int64_t{0} : found->second;
        };
        for (const auto& [group, keys] : touched) {
            const auto was = totalIn(totalsBefore_[index], group);
            const auto now = totalIn(after, group);
            // As it stands in their copy; unknown, taken to be as merged.
            auto reported = theirTotals_.find({std::string(rule.table), group});
            const auto theirs = reported == theirTotals_.end() ? now : reported->second;
            const bool gone = !rule.groupTable.empty() &&
                              !current(std::string(rule.groupTable), group).has_value();
            if (group < 0 || gone || !breaksTogether(was, theirs, now)) {
                continue; // kept by neither side alone, or what it belonged to is gone
            }
            Conflict conflict;
            conflict.key = "total:" + std::string(rule.table) + "#" + std::to_string(group);
            conflict.kind = ConflictKind::BreaksRule;
            conflict.table =
                rule.groupTable.empty() ? std::string(rule.table) : std::string(rule.groupTable);
            conflict.id = group;
            conflict.record = rule.groupTable.empty() ? std::string()
                                                      : recordWords(std::string(rule.groupTable),
                                                                    group, {}, RowOp::Changed);
            conflict.field = std::string(rule.what);
            for (const auto& key : keys) {
                if (auto incoming = incoming_.find(key); incoming != incoming_.end()) {
                    conflict.theirsBy = incoming->second->madeBy;
                    conflict.theirsAt = incoming->second->madeAt;
                }
            }
            conflict.mine = "kept at " + percentWords(was);
            conflict.theirs = percentWords(now);
            const auto what =
                std::string(rule.what) + (conflict.record.empty() ? "" : " " + conflict.record);
            conflict.sentence = "With the changes from " + whoseCopy(conflict.theirsBy) + ", " +
                                what + " would add up to " + percentWords(now) +
                                (was == 10'000 ? ", not 100%." : ", over 100%.");
            if (answer(conflict).choice == Choice::Theirs) {
                continue;
            }
            // Kept as here: what the merge did to the group's records goes back.
            for (const auto& key : keys) {
                if (auto removed = removedByMerge_.find(key); removed != removedByMerge_.end()) {
                    const auto values = removed->second;
                    removedByMerge_.erase(removed);
                    insert(key.first, key.second, values, nullptr);
                    removed_ -= removed_ > 0 ? 1 : 0;
                } else if (auto before = beforeMerge_.find(key); before != beforeMerge_.end()) {
                    update(key.first, key.second, before->second, RowEdit{});
                    changed_ -= changed_ > 0 ? 1 : 0;
                } else if (leftOut_.count(key) == 0) {
                    remove(key.first, key.second);
                    removedByMerge_.erase(key);
                    leftOut_.insert(key);
                    added_ -= added_ > 0 ? 1 : 0;
                }
            }
        }
    }
}

} // namespace jointly::merge

#include "merge/Merger.h"

#include "audit/ChangeHistory.h"
#include "merge/MergeHelpers.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <stdexcept>

// The merge's last step: every link it leaves broken is settled, by an answer or
// by following what was decided about the record linked to.
namespace jointly::merge {

using namespace detail;
using history::RowOp;
using history::StoredValue;

namespace {

// Rounds of settling links (a record brought back may itself link to one
// deleted here); the schema's chains of links are far shorter.
constexpr int kLinkRounds = 32;

} // namespace

bool Merger::settleLink(const std::string& child, std::int64_t childId, int link) {
    auto foreignKey = db_.prepare("SELECT \"from\", \"table\", on_delete FROM "
                                  "pragma_foreign_key_list(?1) WHERE id = ?2");
    foreignKey.bind(1, child).bind(2, link);
    if (!foreignKey.step()) {
        return false;
    }
    const auto column = foreignKey.text(0);
    const auto parent = foreignKey.text(1);
    const auto onDelete = foreignKey.text(2);
    const auto childValues = current(child, childId);
    if (!childValues || childValues->count(column) == 0) {
        return false;
    }
    const auto* parentId = std::get_if<std::int64_t>(&childValues->at(column));
    if (parentId == nullptr) {
        return false;
    }
    const RecordKey childKey{child, childId};
    const RecordKey parentKey{parent, *parentId};

    // Leaves out what the merge brought of the child: an added record
    // goes, a changed link goes back to what it was here.
    auto leaveOutChild = [&] {
        auto before = beforeMerge_.find(childKey);
        if (before == beforeMerge_.end()) {
            remove(child, childId);
            removedByMerge_.erase(childKey);
            leftOut_.insert(childKey);
            if (added_ > 0) {
                --added_;
            }
        } else {
            linksGivenBack_.insert(keyOf(child, childId, column));
            auto was = before->second.find(column);
            update(child, childId,
                   {{column, was == before->second.end() ? StoredValue{} : was->second}},
                   RowEdit{});
        }
        return true;
    };

    // Whether the link is one the merge made (an added or restored record,
    // or a link changed there), or this file's own.
    auto incomingChild = incoming_.find(childKey);
    // A link given back its value here that still finds nothing is this
    // file's own link to a record the merge removed.
    const bool linkFromMerge =
        written_.count(childKey) != 0 &&
        linksGivenBack_.count(keyOf(child, childId, column)) == 0 &&
        (incomingChild == incoming_.end() || incomingChild->second->op == RowOp::Added ||
         incomingChild->second->after.count(column) != 0);
    if (linkFromMerge) {
        if (leftOut_.count(parentKey) != 0 || removedByMerge_.count(parentKey) != 0) {
            return leaveOutChild(); // follows what was decided about the record it links to
        }
        const auto removed = removedHere(parent, *parentId);
        Conflict conflict;
        conflict.key = keyOf(child, childId, column);
        conflict.kind = ConflictKind::LinksToRemovedHere;
        conflict.table = child;
        conflict.id = childId;
        conflict.column = column;
        conflict.record = recordWords(child, childId, *childValues, RowOp::Changed);
        conflict.field = words_->fieldLabel(child, column);
        const auto parentWords =
            recordWords(parent, *parentId, removed ? *removed : FieldValues{}, RowOp::Removed);
        auto incoming = incoming_.find(childKey);
        if (incoming != incoming_.end()) {
            conflict.theirsBy = incoming->second->madeBy;
            conflict.theirsAt = incoming->second->madeAt;
        }
        conflict.mine = "left out";
        conflict.theirs = removed ? parentWords + " brought back" : "cannot be kept";
        conflict.canTakeTheirs = removed.has_value();
        conflict.linkedTable = parent;
        conflict.linkedId = *parentId;
        conflict.sentence = util::capitalised(conflict.record) + " from " +
                            whoseCopy(conflict.theirsBy) + " links to " + parentWords +
                            ", which was deleted here.";
        if (answer(conflict).choice == Choice::Theirs && removed) {
            try {
                insert(parent, *parentId, *removed, nullptr);
                return true;
            } catch (const storage::StorageError& error) {
                if (error.primaryCode() != SQLITE_CONSTRAINT) {
                    throw;
                }
            }
        }
        return leaveOutChild();
    }

    // A record of this file links to one the merge removed.
    auto removedValues = removedByMerge_.find(parentKey);
    if (removedValues == removedByMerge_.end()) {
        return false;
    }
    auto followRemoval = [&] {
        if (onDelete == "CASCADE") {
            remove(child, childId);
            cascaded_.insert(childKey);
        } else {
            auto write = db_.cached("UPDATE " + quotedName(child) + " SET " + quotedName(column) +
                                    " = NULL WHERE id = ?1");
            write->bind(1, childId);
            write->run();
        }
        return true;
    };
    if (cascaded_.count(parentKey) != 0) {
        return followRemoval();
    }
    auto keepParent = [&] {
        const auto values = removedValues->second;
        removedByMerge_.erase(removedValues);
        insert(parent, *parentId, values, nullptr);
        keptAgainstRemoval_.insert(parentKey);
        if (removed_ > 0) {
            --removed_;
        }
        return true;
    };
    if (keptAgainstRemoval_.count(childKey) != 0) {
        // The child was kept against their deleting it: what it belongs to
        // stays too, without asking again.
        return keepParent();
    }
    const bool canRemove = onDelete == "CASCADE" || onDelete == "SET NULL";
    Conflict conflict;
    conflict.key = keyOf(parent, *parentId);
    conflict.kind = ConflictKind::ChangedHereRemovedThere;
    conflict.table = parent;
    conflict.id = *parentId;
    conflict.record = recordWords(parent, *parentId, removedValues->second, RowOp::Removed);
    auto incoming = incoming_.find(parentKey);
    if (incoming != incoming_.end()) {
        conflict.theirsBy = incoming->second->madeBy;
        conflict.theirsAt = incoming->second->madeAt;
    }
    const auto childWords = recordWords(child, childId, *childValues, RowOp::Changed);
    conflict.mine = "kept";
    conflict.theirs = onDelete == "CASCADE" ? "deleted, with " + childWords : "deleted";
    conflict.canTakeTheirs = canRemove;
    conflict.sentence = util::capitalised(conflict.record) + " was deleted in " +
                        whoseCopy(conflict.theirsBy) + ", but " + childWords + " here links to it.";
    if (answer(conflict).choice == Choice::Theirs && canRemove) {
        return followRemoval();
    }
    return keepParent(); // kept: the removal is taken back
}

void Merger::settleLinks() {
    for (int round = 0; round < kLinkRounds; ++round) {
        bool settled = false;
        // Records kept here against their deletion there come last: when a
        // record added here links to the same deleted record, its question
        // is asked whatever order SQLite lists the links in.
        auto links = brokenLinks(db_);
        std::stable_partition(links.begin(), links.end(), [&](const BrokenLink& link) {
            return keptAgainstRemoval_.count({link.table, link.id}) == 0;
        });
        for (const auto& link : links) {
            if (brokenBefore_.count(linkKey(link)) == 0) {
                settled = settleLink(link.table, link.id, link.link) || settled;
            }
        }
        if (!settled) {
            break;
        }
    }
    for (const auto& link : brokenLinks(db_)) {
        if (brokenBefore_.count(linkKey(link)) == 0) {
            throw std::invalid_argument("they would leave a " + link.table +
                                        " record linked to a record that is not there");
        }
    }
}

} // namespace jointly::merge

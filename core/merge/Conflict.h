#pragma once

#include "history/ChangeDecoder.h"

#include <cstdint>
#include <map>
#include <string>

// What a merge could not decide alone, and the user's answer to it.
namespace jointly::merge {

enum class ConflictKind {
    BothChanged,             // the same field was changed here and there, differently
    ChangedHereRemovedThere, // they deleted a record changed (or linked to) here
    RemovedHereChangedThere, // they changed a record deleted here
    BreaksRule,              // their record breaks a rule (a name that must be unique, ...)
    LinksToRemovedHere,      // their record links to a record deleted here
};

struct Conflict {
    // Names the conflict the same way each time the same changes are
    // merged into the same file, so answers can be given by it.
    std::string key;
    ConflictKind kind = ConflictKind::BothChanged;
    std::string table;
    std::int64_t id = 0;
    std::string column; // the field at issue, when there is one
    // For a link to a record deleted here: that record.
    std::string linkedTable;
    std::int64_t linkedId = 0;
    std::string record; // in words: "partner organisation “Westshire County Council”"
    std::string field;  // its label: "Annual contribution"
    std::string mine;   // this file's side, in words
    std::string theirs; // the incoming side, in words
    std::string mineBy; // who made this file's side, and when (UTC)
    std::string mineAt;
    std::string theirsBy;
    std::string theirsAt;
    std::string sentence;      // the whole conflict as one sentence
    bool canTakeTheirs = true; // false when theirs cannot be had (a rule it breaks)
    bool canEdit = false;      // whether a value of one's own can be typed for it
};

enum class Choice { Mine, Theirs, Edited };

struct Answer {
    Choice choice = Choice::Mine;
    history::StoredValue value; // for Edited: the value to keep
};

using Answers = std::map<std::string, Answer>;

} // namespace jointly::merge

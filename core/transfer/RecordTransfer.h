#pragma once

#include "Outcome.h"
#include "records/RecordKind.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::project {
class Project;
}
namespace jointly::storage {
class Database;
}

// Copying records from one project and pasting them into another (or the
// same): a partner organisation with its members and their declared
// interests, an options appraisal with its options, criteria and scores, a
// contract with its yearly values, co-funders, services, specifications
// covered and KPIs. What is copied is a wrapped archive (ArchiveEnvelope.h,
// content "records"): the window puts it on the clipboard as
// kRecordsMimeType, the command line in a file.
namespace jointly::transfer {

inline constexpr std::string_view kRecordsMimeType = "application/x-jointly-records";

// Whether records of this kind can be copied, with what belongs to them.
bool canCopy(const records::RecordKind& kind);

// The record with this id and everything that belongs to it, as a wrapped
// archive. Refuses a kind that cannot be copied and a record not there.
Outcome<std::string> copyRecords(storage::Database& db, const records::RecordKind& kind,
                                 std::int64_t id);

// What pasting did: the first record's new id and kind, the edit's label,
// and a sentence for each link left empty because the project has no record
// of that name.
struct Pasted {
    std::int64_t id = 0;
    std::string table;
    std::string label;
    std::vector<std::string> unlinked;
};

// Adds the copied records to the project as one edit (labelled "Paste
// partner organisation “Westshire CC” with 3 members"), giving each a new
// id and keeping the links between them. A link to a record that was not
// copied is made to the record of the same kind and name in this project;
// where there is none, an optional link is left empty and said so, and a
// required one refuses the whole paste. Refuses, leaving the project as it
// was, an archive that is damaged, hostile, newer or not records, and
// records that break a rule of their kind.
// `what` names the archive in sentences: "What was copied", or a file's name.
Outcome<Pasted> pasteRecords(project::Project& project, std::string_view archive,
                             const std::string& what = "What was copied");

// The same through a file, for the command line: the copy written to
// outPath whole or not at all, and a file read (its size checked before it
// is read) and pasted.
Status copyRecordsToFile(storage::Database& db, const records::RecordKind& kind, std::int64_t id,
                         const std::string& outPath);
Outcome<Pasted> pasteRecordsFromFile(project::Project& project, const std::string& inPath);

// What an archive holds, in words, for the clipboard's plain text and the
// paste menu: "partner organisation “Westshire CC” with 3 members"; empty
// if it cannot be read.
std::string describeCopied(std::string_view archive);

} // namespace jointly::transfer

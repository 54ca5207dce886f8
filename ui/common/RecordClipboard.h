#pragma once

#include "records/RecordKind.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <string>

namespace jointly::ui {

class ProjectDocument;

// Records on the clipboard between projects: a partner organisation with
// its members, an appraisal with its options, criteria and scores, a
// contract with its KPIs (core/transfer). They travel as Jointly's wrapped
// archive under its own MIME type, with a sentence as plain text beside it
// for anything else that is pasted into.
class RecordClipboard {
public:
    // Puts the record and what belongs to it on the clipboard; says so in
    // the message bar. False, with the reason, if it cannot be copied.
    static bool copy(ProjectDocument& document, const records::RecordKind& kind, std::int64_t id);
    // Whether the clipboard holds records Jointly copied.
    static bool holdsRecords();
    // Pastes them into the document's project as one edit, telling the user
    // of each link left empty. The table and id of the first record pasted,
    // or nothing if there was nothing to paste or it was refused (the
    // reason in the message bar).
    struct Pasted {
        std::string table;
        std::int64_t id = 0;
    };
    static std::optional<Pasted> paste(ProjectDocument& document);
};

} // namespace jointly::ui

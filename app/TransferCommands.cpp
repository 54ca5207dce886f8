#include "TransferCommands.h"

#include "CommandSupport.h"
#include "project/Project.h"
#include "records/RecordFinder.h"
#include "records/TypedInput.h"
#include "transfer/RecordTransfer.h"

namespace jointly::app {

int copyRecordsCommand(const Invocation& call) {
    const auto* kind = records::kindTyped(call.positional[1]);
    if (kind == nullptr || !transfer::canCopy(*kind)) {
        return usage(call.err,
                     "\"" + call.positional[1] +
                         "\" cannot be copied: copy a partner-organisation, an "
                         "options-appraisal or a contract.",
                     call.verb);
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto written = project.guarded<Status>([&]() -> Status {
        const auto id = records::findRecord(project.database(), *kind, call.positional[2]);
        if (!id.ok()) {
            return id.error();
        }
        return transfer::copyRecordsToFile(project.database(), *kind, id.value(),
                                           call.positional[3]);
    });
    if (!written.ok()) {
        return fail(call.err, written.error());
    }
    call.out << "Copied to " << call.positional[3]
             << "; 'jointly paste-records' adds it to a project.\n";
    return kOk;
}

int pasteRecordsCommand(const Invocation& call) {
    auto opened = openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    const auto pasted = transfer::pasteRecordsFromFile(*opened.value(), call.positional[1]);
    if (!pasted.ok()) {
        return fail(call.err, pasted.error());
    }
    // "Paste partner organisation “X” with 3 members" said as done.
    const auto& label = pasted.value().label;
    call.out << "Pasted" << label.substr(label.find(' ')) << " (id " << pasted.value().id << ").\n";
    for (const auto& sentence : pasted.value().unlinked) {
        call.out << "  " << sentence << "\n";
    }
    return kOk;
}

} // namespace jointly::app

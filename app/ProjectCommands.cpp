#include "ProjectCommands.h"

#include "CommandSupport.h"
#include "Outcome.h"
#include "interchange/ProjectJson.h"
#include "project/FileInspection.h"
#include "project/Project.h"
#include "stages/FileSummary.h"
#include "ui/documents/ExampleFiles.h"

#include <cctype>
#include <filesystem>

namespace jointly::app {

int checkCommand(const Invocation& call) {
    const std::string& file = call.positional[0];
    auto& out = call.out;
    auto& err = call.err;
    auto summary = stages::summariseProjectFile(file);
    if (!summary.ok()) {
        return fail(err, summary.error());
    }
    const auto& facts = summary.value();
    out << project::displayName(file) << ": Jointly project\n";
    out << "File format: " << facts.schemaVersion
        << (facts.needsUpgrade ? " (older; it will be upgraded when opened, keeping a copy)"
                               : " (current)")
        << "\n";
    out << "Integrity: " << facts.integrity << "\n";
    out << "Partnership: " << (facts.partnershipName.empty() ? "(no name)" : facts.partnershipName)
        << "\n";
    for (const auto& [what, count] : facts.counts) {
        std::string label = what;
        label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
        out << label << ": " << count << "\n";
    }
    return kOk;
}

int newCommand(const Invocation& call) {
    const std::string& file = call.positional[0];
    const std::string name = call.value("--name").value_or("");
    const bool example = call.flag("--example");
    auto& out = call.out;
    auto& err = call.err;
    if (example == call.value("--name").has_value() || (!example && name.empty())) {
        return usage(err, "new needs either --name NAME or --example.", "new");
    }
    if (example) {
        int argc = call.argc;
        DocumentContext context(argc, call.argv);
        const QString shipped = ui::shippedExamplePath();
        if (shipped.isEmpty()) {
            err << "jointly: the example partnership is missing from this installation. "
                   "Reinstall Jointly, or set JOINTLY_EXAMPLE_FILE.\n";
            return kFailed;
        }
        if (std::filesystem::exists(file)) {
            return fail(err,
                        Error{ErrorKind::Invalid, project::displayName(file) +
                                                      " already exists. Choose another name."});
        }
        project::OpenOptions options;
        options.readOnly = true;
        auto opened = project::Project::open(shipped.toStdString(), options);
        if (!opened.ok()) {
            return fail(err, opened.error());
        }
        auto copied = opened.value()->saveCopyAs(file);
        if (!copied.ok()) {
            return fail(err, copied.error());
        }
        out << "Created " << file << " (a copy of the example partnership)\n";
        return kOk;
    }
    auto created = project::Project::create(file, name);
    if (!created.ok()) {
        return fail(err, created.error());
    }
    out << "Created " << file << " for " << name << "\n";
    return kOk;
}

int exportJsonCommand(const Invocation& call) {
    auto written = interchange::writeProjectJson(call.positional[0], call.positional[1]);
    if (!written.ok()) {
        return fail(call.err, written.error());
    }
    call.out << "Wrote " << call.positional[1] << "\n";
    return kOk;
}

int importJsonCommand(const Invocation& call) {
    auto created = interchange::importProjectJson(call.positional[0], call.positional[1]);
    if (!created.ok()) {
        return fail(call.err, created.error());
    }
    call.out << "Created " << call.positional[1] << " from " << call.positional[0] << "\n";
    return kOk;
}

} // namespace jointly::app

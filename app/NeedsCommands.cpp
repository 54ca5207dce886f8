#include "NeedsCommands.h"

#include "CommandSupport.h"
#include "Outcome.h"
#include "needs/IndicatorExport.h"
#include "needs/IndicatorImport.h"
#include "needs/PopulationImport.h"
#include "project/FileInspection.h"
#include "project/Project.h"

#include <fstream>
#include <sstream>

namespace jointly::app {

namespace {

std::string readWholeFile(const std::string& path, bool& ok) {
    std::ifstream in(path, std::ios::binary);
    ok = static_cast<bool>(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// "1 row", "2 rows".
std::string counted(std::size_t count, const std::string& noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

} // namespace

int importIndicatorsCommand(const Invocation& call) {
    const auto& args = call.positional;
    auto& out = call.out;
    auto& err = call.err;
    needs::ImportOptions options;
    options.skipBadRows = call.flag("--skip-bad-rows");
    if (call.flag("--replace") && call.flag("--keep")) {
        return usage(err, "import-indicators takes --replace or --keep, not both.",
                     "import-indicators");
    }
    if (call.flag("--replace")) {
        options.duplicates = needs::DuplicateRule::Replace;
    } else if (call.flag("--keep")) {
        options.duplicates = needs::DuplicateRule::Keep;
    }
    options.dataAsAt = call.value("--data-as-at");
    if (const auto mappingFile = call.value("--mapping")) {
        bool ok = false;
        auto text = readWholeFile(*mappingFile, ok);
        if (!ok) {
            err << "jointly: cannot read the mapping file " << *mappingFile << ".\n";
            return kNotFound;
        }
        auto mapping = needs::Mapping::parse(text);
        if (!mapping.ok()) {
            err << "jointly: " << project::displayName(*mappingFile) << ": "
                << mapping.error().message << "\n";
            return kInvalid;
        }
        options.mapping = mapping.value();
    }
    auto opened = openForEditing(args[0]);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    auto report = needs::importIndicators(*opened.value(), args[1], options);
    if (!report.ok()) {
        if (report.error().kind == ErrorKind::DuplicateRows) {
            err << "jointly: " << report.error().message
                << " On the command line, add --replace or --keep.\n";
            return kDuplicates;
        }
        return fail(err, report.error());
    }
    const auto& done = report.value();
    out << "Read " << counted(done.rowsRead, "row") << " from " << done.fileName << "\n";
    out << "Imported " << counted(done.rowsImported, "row");
    if (done.indicatorsCreated > 0) {
        out << " (" << done.indicatorsCreated << " new indicator"
            << (done.indicatorsCreated == 1 ? "" : "s") << ")";
    }
    out << "\n";
    if (done.rowsAlreadyHeld > 0) {
        out << done.rowsAlreadyHeld << (done.rowsAlreadyHeld == 1 ? " row was" : " rows were")
            << " already in the project and " << (done.rowsAlreadyHeld == 1 ? "was " : "were ")
            << (options.duplicates == needs::DuplicateRule::Replace ? "replaced" : "kept") << "\n";
    }
    if (done.rowsSkipped > 0) {
        out << "Skipped " << counted(done.rowsSkipped, "bad row") << ":\n";
        for (const auto& skipped : done.skipped) {
            out << "  row " << skipped.row << ": " << skipped.reason << "\n";
        }
        if (done.skipped.size() < done.rowsSkipped) {
            out << "  ... and " << done.rowsSkipped - done.skipped.size() << " more\n";
        }
    }
    out << "SHA-256 " << done.sha256 << "\n";
    return kOk;
}

int importPopulationCommand(const Invocation& call) {
    const auto& args = call.positional;
    auto& out = call.out;
    auto& err = call.err;
    auto opened = openForEditing(args[0]);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    auto imported = needs::importPopulation(*opened.value(), args[1]);
    if (!imported.ok()) {
        return fail(err, imported.error());
    }
    out << "Imported " << imported.value() << " population figures from "
        << project::displayName(args[1]) << "\n";
    return kOk;
}

int exportIndicatorsCommand(const Invocation& call) {
    const auto& args = call.positional;
    auto& out = call.out;
    auto& err = call.err;
    auto opened = openForReading(args[0]);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    auto written = needs::exportIndicators(opened.value()->database(), args[1]);
    if (!written.ok()) {
        return fail(err, written.error());
    }
    out << "Wrote " << written.value() << " values to " << args[1] << "\n";
    return kOk;
}

} // namespace jointly::app

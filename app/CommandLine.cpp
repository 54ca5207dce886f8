#include "CommandLine.h"

#include "CommandSupport.h"
#include "JsonCommands.h"
#include "LibraryVersions.h"
#include "Outcome.h"
#include "PlanningCommands.h"
#include "StatusCommand.h"
#include "Version.h"
#include "needs/IndicatorExport.h"
#include "needs/IndicatorImport.h"
#include "needs/PopulationImport.h"
#include "partnership/TermsOfReference.h"
#include "project/FileInspection.h"
#include "project/Project.h"
#include "stages/FileSummary.h"
#include "stages/ProjectOpening.h"
#include "storage/StorageError.h"
#include "ui/DocumentExporter.h"
#include "ui/ExampleFiles.h"
#include "ui/TermsOfReferenceView.h"
#include "util/NearestWord.h"

#include <QGuiApplication>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

namespace jointly::app {

const char* const kUsageText =
    "Usage:\n"
    "  jointly [FILE]                       start Jointly, opening FILE if given\n"
    "  jointly --example                    start Jointly on the example partnership\n"
    "  jointly --version                    print the version\n"
    "  jointly new FILE --name NAME         create a new partnership project\n"
    "  jointly new FILE --example           create a copy of the example partnership\n"
    "  jointly check FILE                   check a project file and count what it holds\n"
    "  jointly status FILE [--json]         each stage's completeness and what is still to do,\n"
    "                                       and what the file holds\n"
    "  jointly terms-of-reference FILE OUT  write the terms of reference (.pdf, .odt, .html)\n"
    "  jointly import-indicators FILE CSV [--mapping MAPPING] [--skip-bad-rows]\n"
    "                            [--data-as-at DATE] [--replace | --keep]\n"
    "                                       import indicator values (Fingertips or mapped CSV)\n"
    "  jointly import-population FILE CSV  import population figures (Area, Year, Age band,\n"
    "                                       Sex, People, optional Projected)\n"
    "  jointly export-indicators FILE OUT.csv\n"
    "                                       export every indicator value with Jointly's "
    "significance and trend\n"
    "  jointly export-json FILE OUT.json    write the whole project as JSON\n"
    "  jointly import-json IN.json NEW.jointly\n"
    "                                       create a new project from JSON (checked first)\n"
    "  jointly appraisal FILE [--priority NAME]\n"
    "                                       print each options appraisal's ranking and its\n"
    "                                       sensitivity to the weights, as JSON\n"
    "  jointly pbma FILE --budget-change PERCENT\n"
    "                                       print what a budget rise or fall of PERCENT would\n"
    "                                       fund or cut, as JSON\n"
    "  jointly budget FILE --year YYYY/YY   print the year's budget reconciliation and risk\n"
    "                                       shares, as JSON\n";

namespace {

// Qt's document writers need a GUI application object, but not a screen.
struct DocumentContext {
    DocumentContext(int& argc, char** argv) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        // Without a session (a script, a cron job) Qt would warn on stderr
        // that it has no runtime folder; give it a private one.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const auto folder = std::filesystem::temp_directory_path() /
                                ("jointly-runtime-" + std::to_string(::getuid()));
            std::error_code ignored;
            std::filesystem::create_directories(folder, ignored);
            std::filesystem::permissions(folder, std::filesystem::perms::owner_all, ignored);
            qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(folder.string()));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    std::unique_ptr<QGuiApplication> app;
};

int check(const std::string& file, std::ostream& out, std::ostream& err) {
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

int create(const std::vector<std::string>& args, int argc, char** argv, std::ostream& out,
           std::ostream& err) {
    if (args.size() < 2) {
        return usage(err, "new needs a FILE.");
    }
    const std::string file = args[1];
    std::string name;
    bool example = false;
    for (std::size_t i = 2; i < args.size(); ++i) {
        if (args[i] == "--name" && i + 1 < args.size()) {
            name = args[++i];
        } else if (args[i] == "--example") {
            example = true;
        } else {
            return usage(err, "new does not understand \"" + args[i] + "\".");
        }
    }
    if (example == !name.empty()) {
        return usage(err, "new needs either --name NAME or --example.");
    }
    if (example) {
        DocumentContext context(argc, argv);
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

int termsOfReference(const std::vector<std::string>& args, int argc, char** argv, std::ostream& out,
                     std::ostream& err) {
    if (args.size() != 3) {
        return usage(err, "terms-of-reference needs FILE and OUT.");
    }
    project::OpenOptions options;
    options.readOnly = true;
    auto opened = stages::openProject(args[1], options);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    DocumentContext context(argc, argv);
    const auto html = partnership::termsOfReferenceHtml(opened.value()->database(),
                                                        ui::todayForDocuments().toStdString());
    const QString problem =
        ui::exportDocument(QString::fromStdString(html), QString::fromStdString(args[2]));
    if (!problem.isEmpty()) {
        err << "jointly: " << problem.toStdString() << "\n";
        return problem.contains(QStringLiteral("does not end in")) ? kUsage : kFailed;
    }
    out << "Wrote " << args[2] << "\n";
    return kOk;
}

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

int importIndicators(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() < 3) {
        return usage(err, "import-indicators needs FILE and CSV.");
    }
    needs::ImportOptions options;
    for (std::size_t i = 3; i < args.size(); ++i) {
        if (args[i] == "--skip-bad-rows") {
            options.skipBadRows = true;
        } else if (args[i] == "--replace") {
            options.duplicates = needs::DuplicateRule::Replace;
        } else if (args[i] == "--keep") {
            options.duplicates = needs::DuplicateRule::Keep;
        } else if (args[i] == "--data-as-at" && i + 1 < args.size()) {
            options.dataAsAt = args[++i];
        } else if (args[i] == "--mapping" && i + 1 < args.size()) {
            bool ok = false;
            auto text = readWholeFile(args[++i], ok);
            if (!ok) {
                err << "jointly: cannot read the mapping file " << args[i] << ".\n";
                return kNotFound;
            }
            auto mapping = needs::Mapping::parse(text);
            if (!mapping.ok()) {
                err << "jointly: " << project::displayName(args[i]) << ": "
                    << mapping.error().message << "\n";
                return kInvalid;
            }
            options.mapping = mapping.value();
        } else {
            return usage(err, "import-indicators does not understand \"" + args[i] + "\".");
        }
    }
    auto opened = stages::openProject(args[1]);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    auto report = needs::importIndicators(*opened.value(), args[2], options);
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

int importPopulation(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 3) {
        return usage(err, "import-population needs FILE and CSV.");
    }
    auto opened = stages::openProject(args[1]);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    auto imported = needs::importPopulation(*opened.value(), args[2]);
    if (!imported.ok()) {
        return fail(err, imported.error());
    }
    out << "Imported " << imported.value() << " population figures from "
        << project::displayName(args[2]) << "\n";
    return kOk;
}

int exportIndicators(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 3) {
        return usage(err, "export-indicators needs FILE and OUT.csv.");
    }
    project::OpenOptions options;
    options.readOnly = true;
    auto opened = stages::openProject(args[1], options);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    auto written = needs::exportIndicators(opened.value()->database(), args[2]);
    if (!written.ok()) {
        return fail(err, written.error());
    }
    out << "Wrote " << written.value() << " values to " << args[2] << "\n";
    return kOk;
}

} // namespace

namespace {

std::optional<int> runVerb(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace

std::optional<int> runCommandLine(int argc, char** argv, std::ostream& out, std::ostream& err) {
    try {
        return runVerb(argc, argv, out, err);
    } catch (const storage::StorageError& error) {
        // A page SQLite finds broken only when a verb reads it (quick_check,
        // when the file was opened, does not read every page): a sentence and
        // the exit code for a damaged file, never an abort.
        const std::string file = argc > 2 ? project::displayName(argv[2]) : "the file";
        const bool damaged =
            error.primaryCode() == SQLITE_CORRUPT || error.primaryCode() == SQLITE_NOTADB;
        return fail(err, Error{damaged ? ErrorKind::Damaged : ErrorKind::Storage,
                               storage::describeStorageFailure(error, file)});
    }
}

namespace {

const std::vector<std::string_view> kVerbs = {"check",
                                              "status",
                                              "new",
                                              "terms-of-reference",
                                              "import-indicators",
                                              "import-population",
                                              "export-indicators",
                                              "export-json",
                                              "import-json",
                                              "appraisal",
                                              "pbma",
                                              "budget",
                                              "help"};

// What is left after the verbs starts the window on a file. A word that is
// not a file there, or more than one word, is a mistyped verb or a wrong name:
// say so, suggesting the nearest verb, rather than start the window. Without
// a display the window cannot start either: say that too.
std::optional<int> notAFileToOpen(const std::vector<std::string>& args, std::ostream& err) {
    const std::string& first = args[0];
    if (first.starts_with("-")) {
        return std::nullopt; // --example, or Qt's own options
    }
    std::error_code ec;
    const bool isFile = std::filesystem::exists(first, ec);
    const bool morePositional = std::any_of(args.begin() + 1, args.end(), [](const std::string& a) {
        return !a.empty() && !a.starts_with("-");
    });
    if (!isFile || morePositional) {
        const auto nearest = util::nearestWord(first, kVerbs);
        if (nearest) {
            err << "jointly: there is no verb called \"" << first << "\"; did you mean \""
                << *nearest << "\"? \"jointly --help\" lists the verbs.\n";
        } else if (!isFile) {
            err << "jointly: there is no file called \"" << first
                << "\" here, and no verb of that name. Check the name and folder; \"jointly "
                   "--help\" lists the verbs.\n";
        } else {
            err << "jointly: \"" << first
                << "\" is a file, so the window would open it, but the window takes one file. "
                   "To run a verb on it, put the verb first; \"jointly --help\" lists them.\n";
        }
        return kUsage;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        err << "jointly: there is no display to show the window on, so " << first
            << " cannot be opened here. Run Jointly on your desktop, or use a verb such as "
               "\"jointly check "
            << first << "\"; \"jointly --help\" lists them.\n";
        return kUsage;
    }
    return std::nullopt;
}

std::optional<int> runVerb(int argc, char** argv, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        return std::nullopt;
    }
    const std::string& verb = args[0];
    if (verb == "--version" || verb == "-v") {
        out << "Jointly " << kVersion << " (Qt " << qVersion() << ", SQLite " << sqliteVersion()
            << ", Boost " << boostVersion() << ")\n";
        return kOk;
    }
    if (verb == "--help" || verb == "-h" || verb == "help") {
        out << kUsageText;
        return kOk;
    }
    if (verb == "check") {
        if (args.size() != 2) {
            return usage(err, "check needs exactly one FILE.");
        }
        return check(args[1], out, err);
    }
    if (verb == "status") {
        return statusCommand(args, out, err);
    }
    if (verb == "new") {
        return create(args, argc, argv, out, err);
    }
    if (verb == "terms-of-reference") {
        return termsOfReference(args, argc, argv, out, err);
    }
    if (verb == "import-indicators") {
        return importIndicators(args, out, err);
    }
    if (verb == "import-population") {
        return importPopulation(args, out, err);
    }
    if (verb == "export-indicators") {
        return exportIndicators(args, out, err);
    }
    if (verb == "export-json") {
        return exportJson(args, out, err);
    }
    if (verb == "import-json") {
        return importJson(args, out, err);
    }
    if (verb == "appraisal") {
        return appraisalCommand(args, out, err);
    }
    if (verb == "pbma") {
        return pbmaCommand(args, out, err);
    }
    if (verb == "budget") {
        return budgetCommand(args, out, err);
    }
    if (verb.starts_with("-") && verb != "--example" && !verb.starts_with("-platform") &&
        !verb.starts_with("-style")) {
        return usage(err, "unknown option \"" + verb + "\".");
    }
    if (auto refused = notAFileToOpen(args, err)) {
        return refused;
    }
    return std::nullopt;
}

} // namespace

} // namespace jointly::app

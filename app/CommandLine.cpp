#include "CommandLine.h"

#include "LibraryVersions.h"
#include "Outcome.h"
#include "Version.h"
#include "project/FileInspection.h"
#include "project/FileSummary.h"
#include "project/Project.h"
#include "report/TermsOfReference.h"
#include "ui/DocumentExporter.h"
#include "ui/ExampleFiles.h"
#include "ui/TermsOfReferenceView.h"

#include <QGuiApplication>
#include <QString>

#include <filesystem>
#include <map>

namespace jointly::app {

namespace {

const char* const kUsageText =
    "Usage:\n"
    "  jointly [FILE]                       start Jointly, opening FILE if given\n"
    "  jointly --example                    start Jointly on the example partnership\n"
    "  jointly --version                    print the version\n"
    "  jointly new FILE --name NAME         create a new partnership project\n"
    "  jointly new FILE --example           create a copy of the example partnership\n"
    "  jointly check FILE                   check a project file and count what it holds\n"
    "  jointly terms-of-reference FILE OUT  write the terms of reference (.pdf, .odt, .html)\n";

int exitCodeFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::NotFound:
    case ErrorKind::NotReadable:
        return kNotFound;
    case ErrorKind::NotSqlite:
        return kNotSqlite;
    case ErrorKind::OtherApplication:
        return kOtherApplication;
    case ErrorKind::NewerVersion:
        return kNewerVersion;
    case ErrorKind::Damaged:
        return kDamaged;
    case ErrorKind::Locked:
    case ErrorKind::StaleLock:
        return kLocked;
    case ErrorKind::Invalid:
        return kInvalid;
    default:
        return kFailed;
    }
}

int fail(std::ostream& err, const Error& error) {
    err << "jointly: " << error.message << "\n";
    return exitCodeFor(error.kind);
}

int usage(std::ostream& err, const std::string& problem) {
    err << "jointly: " << problem << "\n" << kUsageText;
    return kUsage;
}

// Qt's document writers need a GUI application object, but not a screen.
struct DocumentContext {
    DocumentContext(int& argc, char** argv) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    std::unique_ptr<QGuiApplication> app;
};

int check(const std::string& file, std::ostream& out, std::ostream& err) {
    auto summary = project::summariseProjectFile(file);
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
    auto opened = project::Project::open(args[1], options);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    DocumentContext context(argc, argv);
    const auto html = report::termsOfReferenceHtml(opened.value()->database(),
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

} // namespace

std::optional<int> runCommandLine(int argc, char** argv, std::ostream& out, std::ostream& err) {
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
    if (verb == "new") {
        return create(args, argc, argv, out, err);
    }
    if (verb == "terms-of-reference") {
        return termsOfReference(args, argc, argv, out, err);
    }
    if (verb.starts_with("-") && verb != "--example" && !verb.starts_with("-platform") &&
        !verb.starts_with("-style")) {
        return usage(err, "unknown option \"" + verb + "\".");
    }
    return std::nullopt;
}

} // namespace jointly::app

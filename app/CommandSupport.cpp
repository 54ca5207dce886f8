#include "CommandSupport.h"

#include "Command.h"
#include "project/Project.h"
#include "quantities/CalendarDate.h"
#include "stages/ProjectOpening.h"
#include "ui/documents/AuthorName.h"
#include "util/Text.h"

#include <QGuiApplication>

#include <filesystem>
#include <unistd.h>

namespace jointly::app {

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
    case ErrorKind::DuplicateRows:
        return kDuplicates;
    case ErrorKind::ReadOnly:
        return kLocked;
    default:
        return kFailed;
    }
}

int fail(std::ostream& err, const Error& error) {
    err << "jointly: " << error.message << "\n";
    return exitCodeFor(error.kind);
}

int usage(std::ostream& err, const std::string& problem, std::string_view verb) {
    err << "jointly: " << problem << "\n";
    if (const auto* command = findCommand(verb)) {
        err << "Usage: " << usageLine(*command) << "\n\"jointly help " << verb
            << "\" says more; \"jointly --help\" lists every verb.\n";
    } else {
        err << "\"jointly --help\" lists the verbs.\n";
    }
    return kUsage;
}

Outcome<std::unique_ptr<project::Project>> openForReading(const std::string& path) {
    project::OpenOptions options;
    options.readOnly = true;
    return stages::openProject(path, options);
}

Outcome<std::unique_ptr<project::Project>> openForEditing(const std::string& path) {
    auto opened = stages::openProject(path);
    if (opened.ok()) {
        // The window's settings: the same organisation and application name
        // as main() gives the window, set here before any application object.
        if (QCoreApplication::organizationName().isEmpty()) {
            QCoreApplication::setOrganizationName(QStringLiteral("Jointly"));
            QCoreApplication::setApplicationName(QStringLiteral("Jointly"));
        }
        opened.value()->setAuthor(ui::AuthorName::get().toStdString());
    }
    return opened;
}

DocumentContext::DocumentContext(int& argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Without a session (a script, a cron job) Qt would warn on stderr that
    // it has no runtime folder; give it a private one.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const auto folder = std::filesystem::temp_directory_path() /
                            ("jointly-runtime-" + std::to_string(::getuid()));
        std::error_code ignored;
        std::filesystem::create_directories(folder, ignored);
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all, ignored);
        qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(folder.string()));
    }
    app_ = std::make_unique<QGuiApplication>(argc, argv);
}

DocumentContext::~DocumentContext() = default;

Outcome<std::string> asAtDate(const Invocation& call) {
    const auto given = call.value("--as-at");
    if (!given) {
        return util::nowUtc().substr(0, 10);
    }
    const auto date = quantities::readDate(*given);
    if (!date) {
        return Error{ErrorKind::Invalid,
                     "\"" + *given + "\" is not a date: write it as 2026-04-01 or 1/4/2026."};
    }
    return *date;
}

} // namespace jointly::app

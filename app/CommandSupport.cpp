#include "CommandSupport.h"

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

int usage(std::ostream& err, const std::string& problem) {
    err << "jointly: " << problem << "\n" << kUsageText;
    return kUsage;
}

} // namespace jointly::app

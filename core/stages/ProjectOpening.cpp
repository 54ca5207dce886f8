#include "stages/ProjectOpening.h"

#include "stages/FileSummary.h"
#include "storage/StorageError.h"

namespace jointly::stages {

Outcome<std::unique_ptr<project::Project>> openProject(const std::string& path,
                                                       const project::OpenOptions& options) {
    auto opened = project::Project::open(path, options);
    if (!opened.ok()) {
        return opened;
    }
    try {
        FileSummary summary;
        readStages(opened.value()->database(), summary);
    } catch (const storage::StorageError& error) {
        return unreadable(path, error.what());
    }
    return opened;
}

} // namespace jointly::stages

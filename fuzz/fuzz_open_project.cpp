// Fuzzes opening a project file from elsewhere: the bytes are written to a
// file, which is inspected, summarised (as `jointly check` does) and opened
// read-only; if it opens, everything in it is read as the app would read it.
// A file that opens is then also opened for writing, which upgrades a file
// from an older version (after keeping a copy) and tidies away imports left
// half done, and read again.

#include "FuzzSupport.h"

#include "project/FileInspection.h"
#include "project/Project.h"
#include "stages/FileSummary.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

using namespace jointly;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = fuzz::workFile("Input.jointly");
    fuzz::removeProject(path);
    fuzz::writeBytes(path, data, size);

    (void)project::inspectProjectFile(path);
    (void)stages::summariseProjectFile(path);

    project::OpenOptions readOnly;
    readOnly.readOnly = true;
    {
        auto opened = project::Project::open(path, readOnly);
        if (!opened.ok()) {
            return 0;
        }
        fuzz::readEverything(opened.value()->database());
    }

    auto opened = project::Project::open(path);
    if (opened.ok()) {
        fuzz::readEverything(opened.value()->database());
        if (!opened.value()->upgradeBackupPath().empty()) {
            std::error_code ignored;
            std::filesystem::remove(opened.value()->upgradeBackupPath(), ignored);
        }
    }
    return 0;
}

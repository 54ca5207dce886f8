// Fuzzes opening a project file from elsewhere: the bytes are written to a
// file, which is inspected, summarised (as `jointly check` does) and opened
// read-only as the window and the command line open it (stages::openProject); if it opens,
// everything in it is read as the app would read it. A file that opens is then also opened for
// writing, which upgrades a file from an older version (after keeping a copy) and tidies away
// imports left half done, and read again.
//
// For inputs whose last byte is odd, every page's checksum is first made to
// match its (fuzzed) content, as a crafted file's maker could, so that the
// fuzzer reaches SQLite's parsing and Jointly's reading rather than stopping
// at the first page check.
//
// Checked on every input, aborting if broken:
//   - reading meets only corruption-class storage errors (fuzz::Tolerate);
//   - `check` (the summary) and a read-only open agree on whether the file
//     can be used;
//   - inspecting, summarising, opening read-only and reading leave the file
//     byte for byte as it was.

#include "FuzzSupport.h"

#include "project/FileInspection.h"
#include "project/Project.h"
#include "stages/FileSummary.h"
#include "stages/ProjectOpening.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace jointly;

namespace {

[[noreturn]] void broken(const std::string& what) {
    std::fprintf(stderr, "jointly fuzz: %s\n", what.c_str());
    std::abort();
}

std::string bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = fuzz::workFile("Input.jointly");
    fuzz::removeProject(path);
    std::string bytes(reinterpret_cast<const char*>(data), size);
    if (size > 0 && (data[size - 1] & 1) != 0) {
        fuzz::recomputeChecksums(bytes);
    }
    fuzz::writeBytes(path, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());

    (void)project::inspectProjectFile(path);
    const auto summary = stages::summariseProjectFile(path);

    project::OpenOptions readOnly;
    readOnly.readOnly = true;
    {
        auto opened = stages::openProject(path, readOnly);
        if (opened.ok() != summary.ok()) {
            broken(std::string("check and a read-only open disagree: ") +
                   (opened.ok() ? "check refused (" + summary.error().message + ")"
                                : "opening refused (" + opened.error().message + ")"));
        }
        if (opened.ok()) {
            fuzz::readEverything(opened.value()->database(), fuzz::Tolerate::Corruption);
        }
    }
    if (bytesOf(path) != bytes) {
        broken("checking, or opening read-only and reading, changed the file");
    }
    if (!summary.ok()) {
        return 0;
    }

    auto opened = stages::openProject(path);
    if (opened.ok()) {
        fuzz::readEverything(opened.value()->database(), fuzz::Tolerate::Corruption);
        if (!opened.value()->upgradeBackupPath().empty()) {
            std::error_code ignored;
            std::filesystem::remove(opened.value()->upgradeBackupPath(), ignored);
        }
    }
    return 0;
}

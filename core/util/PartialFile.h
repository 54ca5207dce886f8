#pragma once

#include "Outcome.h"

#include <fstream>
#include <string>

// A file written beside its final name (".out.csv.writing-<pid>-<n>"),
// synced to the disk and only then renamed into place, so that nobody ever
// opens half an export, a power cut leaves the old file or the whole new
// one, and a failure leaves no file behind.
namespace jointly::util {

class PartialFile {
public:
    // name: how sentences call the file ("Westshire.csv").
    PartialFile(std::string path, std::string name);
    ~PartialFile(); // removes the partial file unless commit() succeeded
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    // Whether the partial file could be created; when not, opened() says why.
    Status opened() const;
    std::ofstream& stream() { return out_; }
    // Where the partial file is, for a library that writes files by name
    // (libxlsxwriter): what it writes there is what commit() moves in place.
    const std::string& partialPath() const { return partial_; }
    // Flushes and renames the file into place, replacing any file there.
    // Refuses, with a sentence and nothing left behind, a full disk or a
    // rename that fails.
    Status commit();

private:
    std::string path_;
    std::string name_;
    std::string partial_;
    std::ofstream out_;
    bool committed_ = false;
};

} // namespace jointly::util

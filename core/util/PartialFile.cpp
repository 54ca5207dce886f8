#include "util/PartialFile.h"

#include <filesystem>

namespace jointly::util {

PartialFile::PartialFile(std::string path, std::string name)
    : path_(std::move(path)), name_(std::move(name)), partial_(path_ + ".partial"),
      out_(partial_, std::ios::binary | std::ios::trunc) {
}

PartialFile::~PartialFile() {
    if (!committed_) {
        out_.close();
        std::error_code ignored;
        std::filesystem::remove(partial_, ignored);
    }
}

Status PartialFile::opened() const {
    if (!out_) {
        return Error{ErrorKind::Storage, "Jointly cannot write " + name_ +
                                             ". Check the folder exists and you may write in it."};
    }
    return success();
}

Status PartialFile::commit() {
    out_.flush();
    if (!out_) {
        return Error{ErrorKind::Storage, "Jointly could not finish writing " + name_ +
                                             "; the disk may be full. Nothing was written."};
    }
    out_.close();
    std::error_code ec;
    std::filesystem::rename(partial_, path_, ec);
    if (ec) {
        return Error{ErrorKind::Storage, "Jointly cannot write " + name_ + "."};
    }
    committed_ = true;
    return success();
}

} // namespace jointly::util

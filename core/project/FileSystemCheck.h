#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace jointly::project {

// Whether a file lives on a network file system (an SMB or Windows share, NFS,
// AFS, 9P, a FUSE mount such as sshfs), where SQLite's file locking cannot be
// trusted: two people editing at once could damage the project. Returns the
// kind of share in words ("an SMB network share"), or nothing for a local disk
// or when it cannot tell.
std::optional<std::string> networkShareHolding(const std::string& path);

// The file system type number (Linux statfs f_type) of the folder holding a
// path. Tests replace it with a stand-in; an empty function restores statfs.
using FileSystemProbe = std::function<std::optional<std::int64_t>(const std::string& path)>;
void setFileSystemProbe(FileSystemProbe probe);

} // namespace jointly::project

#pragma once

#include <string>

namespace jointly::interchange {

// A new project's temporary file beside where it will go
// (".NAME.jointly.importing-PID"), so that a half-made project never carries
// the final name. Removed, with any journal, when this object goes, unless it
// was given its final name.
class TemporaryProject {
public:
    explicit TemporaryProject(const std::string& finalPath);
    ~TemporaryProject();
    TemporaryProject(const TemporaryProject&) = delete;
    TemporaryProject& operator=(const TemporaryProject&) = delete;

    const std::string& path() const { return path_; }

    enum class Placed { Done, NameTaken, Failed };
    // Gives the finished (and closed) file its final name, never replacing a
    // file already there.
    Placed moveTo(const std::string& finalPath);

private:
    void removeAll();
    std::string path_;
};

} // namespace jointly::interchange

#pragma once

// Helpers shared by the command-line tests: a scratch folder to run the real
// jointly executable in, and what a run printed and returned.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace jointly::cli_testing {

namespace fs = std::filesystem;

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

class Folder {
public:
    Folder() {
        path_ = fs::temp_directory_path() /
                ("jointly-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~Folder() { fs::remove_all(path_); }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    fs::path operator/(const std::string& name) const { return path_ / name; }

    // Runs jointly with the given arguments, in this folder.
    Run jointly(const std::string& arguments) const {
        const auto out = path_ / ".out";
        const auto err = path_ / ".err";
        std::string command = "cd " + quote(path_.string()) + " && " + quote(JOINTLY_EXECUTABLE) +
                              " " + arguments + " >" + quote(out.string()) + " 2>" +
                              quote(err.string());
        int status = std::system(command.c_str());
        Run run;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        run.out = readFile(out);
        run.err = readFile(err);
        return run;
    }

    // Writes a file into the folder.
    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(path_ / name, std::ios::binary) << bytes;
    }

private:
    fs::path path_;
    static inline int counter_ = 0;
};

} // namespace jointly::cli_testing

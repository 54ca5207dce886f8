#pragma once

#include "Outcome.h"

#include <optional>
#include <stop_token>
#include <string>
#include <thread>

namespace jointly::util {

// The SHA-256 of a file, in lower-case hex; stops early (with a meaningless
// result) when `stop` is requested. `name` is the file's name for messages.
Outcome<std::string> hashFile(const std::string& path, const std::string& name,
                              const std::stop_token& stop = {});

// Works out a file's SHA-256 on a thread of its own while the import reads
// and writes the rows: hashing a large file takes about a fifth as long as
// importing it. Destroyed before it finishes, it stops the thread.
class BackgroundHash {
public:
    BackgroundHash(const std::string& path, const std::string& name)
        : worker_([this, path, name](std::stop_token stop) {
              result_.emplace(hashFile(path, name, stop));
          }) {}

    // Waits for the hash; call once.
    Outcome<std::string> result() {
        worker_.join();
        return std::move(*result_);
    }

private:
    std::optional<Outcome<std::string>> result_;
    std::jthread worker_; // last: it starts once result_ exists, and is joined first
};

} // namespace jointly::util

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

// The core library must not depend on Qt: no file under core/ may include a
// Qt header, so the domain can be tested and reused without it.
TEST_CASE("no file under core/ includes a Qt header", "[layers]") {
    namespace fs = std::filesystem;
    const fs::path core = fs::path(JOINTLY_SOURCE_DIR) / "core";
    const std::regex qtInclude(R"(^\s*#\s*include\s*[<"](Q[A-Za-z]|qt))");
    int filesRead = 0;
    for (const auto& entry : fs::recursive_directory_iterator(core)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        std::ifstream in(entry.path());
        std::string line;
        ++filesRead;
        while (std::getline(in, line)) {
            INFO(entry.path().string() << ": " << line);
            CHECK_FALSE(std::regex_search(line, qtInclude));
        }
    }
    CHECK(filesRead > 10);
}

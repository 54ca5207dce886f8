#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

// The floors of core, from the bottom up. A file on one of these floors may
// include its own folder and the floors below it, never a stage
// (partnership, needs, planning, ...), the stage registry (stages) or what is
// built on the stages (report, interchange). So the shared floors never
// learn the name of a stage, and a new stage is added without touching them.
TEST_CASE("no shared floor of core includes a stage or anything above it", "[layers]") {
    namespace fs = std::filesystem;
    const std::map<std::string, int> floors = {
        {"util", 0},    {"csv", 0},     {"storage", 0},    {"quantities", 1}, {"history", 1},
        {"project", 2}, {"records", 3}, {"vocabulary", 4}, {"scoring", 2},    {"sheets", 4},
    };
    const fs::path core = fs::path(JOINTLY_SOURCE_DIR) / "core";
    const std::regex include(R"(^\s*#\s*include\s*"([a-z]+)/)");
    int filesRead = 0;
    std::set<std::string> foldersSeen;
    for (const auto& entry : fs::recursive_directory_iterator(core)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        const auto folder = entry.path().parent_path().filename().string();
        const auto floor = floors.find(folder);
        if (floor == floors.end()) {
            continue;
        }
        ++filesRead;
        foldersSeen.insert(folder);
        std::ifstream in(entry.path());
        std::string line;
        while (std::getline(in, line)) {
            std::smatch match;
            if (!std::regex_search(line, match, include)) {
                continue;
            }
            const auto included = floors.find(match[1].str());
            INFO(entry.path().string() << " includes " << line);
            const bool allowed = match[1].str() == folder ||
                                 (included != floors.end() && included->second < floor->second);
            CHECK(allowed);
        }
    }
    CHECK(foldersSeen.size() == floors.size());
    CHECK(filesRead > 30);
}

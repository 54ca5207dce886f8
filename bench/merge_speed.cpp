// Measures merging what a copy taken to work offline sends back (issue 18):
//
//   merge_speed [FOLDER] [EDITS] [RUNS]
//
// In FOLDER (default: the current folder; use the disk you care about) it
// makes a project with 200 partner organisations, takes a copy to work
// offline, and makes EDITS edits in the copy (default 10,000): of every ten,
// four change a partner's annual contribution, two its notes, two add a
// member to it, one renames it and one adds a partner. It writes the change
// file, then RUNS times (default 5) merges it into a fresh copy of the
// original, timing reading the file and merging it (previewing for
// conflicts, then applying as one undoable edit). Prints the change file's
// size, and the median and slowest merge (goal: 10,000 edits under 1 s).
// It then does the same for a typical afternoon's 200 edits and prints that
// change file's size (goal: under 100 KB).
#include "BenchRequire.h"
#include "BenchStats.h"

#include "merge/Merging.h"
#include "merge/OfflineCopy.h"
#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace jointly;
namespace kinds = jointly::partnership;

namespace {

using bench::require;

std::unique_ptr<project::Project> open(const std::string& path) {
    auto opened = project::Project::open(path);
    if (!opened.ok()) {
        throw std::runtime_error(opened.error().message);
    }
    return std::move(opened.value());
}

// Makes the original and the copy's edits; returns the change file's path.
std::string prepare(const fs::path& folder, int edits, const std::string& tag) {
    const auto original = (folder / ("merge-original-" + tag + ".jointly")).string();
    const auto copy = (folder / ("merge-copy-" + tag + ".jointly")).string();
    const auto changes = (folder / ("merge-" + tag + ".jointly-changes")).string();
    for (const auto& path : {original, copy, changes}) {
        fs::remove(path);
    }
    std::vector<std::int64_t> partners;
    {
        auto created = project::Project::create(original, "Westshire Partnership");
        if (!created.ok()) {
            throw std::runtime_error(created.error().message);
        }
        for (int i = 0; i < 200; ++i) {
            partners.push_back(require(
                records::addRecord(*created.value(), kinds::partnerOrganisation(),
                                   {{"name", "Partner " + std::to_string(i)},
                                    {"annual_contribution_pence", std::int64_t{100'000'000}}})));
        }
        require(merge::takeOfflineCopy(*created.value(), copy, "Alice"));
    }
    auto offline = open(copy);
    offline->setAuthor("Bob");
    for (int edit = 0; edit < edits; ++edit) {
        const auto partner = partners[static_cast<std::size_t>(edit) % partners.size()];
        switch (edit % 10) {
        case 0:
        case 1:
        case 2:
        case 3:
            require(records::setField(*offline, kinds::partnerOrganisation(), partner,
                                      "annual_contribution_pence",
                                      std::int64_t{100'000'000 + edit}));
            break;
        case 4:
        case 5:
            require(records::setField(*offline, kinds::partnerOrganisation(), partner, "notes",
                                      "Note " + std::to_string(edit)));
            break;
        case 6:
        case 7:
            require(records::addRecord(*offline, kinds::member(),
                                       {{"partner_id", partner},
                                        {"name", "Member " + std::to_string(edit)},
                                        {"role", std::string("Finance lead")}}));
            break;
        case 8:
            require(records::setField(*offline, kinds::partnerOrganisation(), partner, "name",
                                      "Partner " + std::to_string(edit)));
            break;
        default:
            partners.push_back(
                require(records::addRecord(*offline, kinds::partnerOrganisation(),
                                           {{"name", "New partner " + std::to_string(edit)}})));
            break;
        }
    }
    require(merge::sendChanges(*offline, changes, "Bob"));
    return changes;
}

} // namespace

int main(int argc, char** argv) {
    const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::current_path();
    const int edits = argc > 2 ? std::atoi(argv[2]) : 10'000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
    try {
        const auto changes = prepare(folder, edits, "large");
        std::cout << "change file of " << edits << " edits: " << fs::file_size(changes)
                  << " bytes\n";
        const auto original = (folder / "merge-original-large.jointly").string();
        const auto target = (folder / "merge-target.jointly").string();
        std::vector<double> millis;
        for (int run = 0; run < runs; ++run) {
            fs::remove(target);
            fs::copy_file(original, target);
            auto project = open(target);
            const auto start = std::chrono::steady_clock::now();
            auto read = merge::readChanges(changes);
            if (!read.ok()) {
                throw std::runtime_error(read.error().message);
            }
            auto merged =
                merge::mergeChanges(*project, read.value(), "merge-large.jointly-changes", {});
            millis.push_back(bench::millisecondsSince(start));
            if (!merged.ok() || !merged.value().merged) {
                throw std::runtime_error(merged.ok() ? "the merge met conflicts"
                                                     : merged.error().message);
            }
        }
        bench::report("read and merge " + std::to_string(edits) + " edits (goal under 1000 ms)",
                      millis);
        const auto afternoon = prepare(folder, 200, "afternoon");
        std::cout << "change file of a typical afternoon's 200 edits: " << fs::file_size(afternoon)
                  << " bytes (goal under 102,400)\n";
    } catch (const std::exception& error) {
        std::cerr << "merge_speed: " << error.what() << "\n";
        return 1;
    }
    return 0;
}

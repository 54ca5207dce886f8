// Measures how long one committed, undoable edit takes, beside a bare SQLite
// single-row commit with the same journal settings on the same disk.
//
//   edit_latency [FOLDER] [COUNT]
//
// FOLDER defaults to the current folder (use the disk you care about);
// COUNT defaults to 1000. Prints the median and 99th percentile of each and
// their ratio (goal: Jointly within 1.5x of bare SQLite).
#include "BenchStats.h"

#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace jointly;

namespace {

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::vector<double> jointlyEdits(const fs::path& file, int count) {
    auto created = project::Project::create(file.string(), "Benchmark partnership");
    if (!created.ok()) {
        throw std::runtime_error(created.error().message);
    }
    auto& project = *created.value();
    auto partner = records::addRecord(project, partnership::partnerOrganisation());
    std::vector<double> timings;
    for (int i = 0; i < count; ++i) {
        auto start = Clock::now();
        auto status = records::setField(project, partnership::partnerOrganisation(),
                                        partner.value(), "annual_contribution_pence",
                                        records::FieldValue{std::int64_t{100 + i}});
        timings.push_back(millisecondsSince(start));
        if (!status.ok()) {
            throw std::runtime_error(status.error().message);
        }
    }
    return timings;
}

std::vector<double> bareCommits(const fs::path& file, int count) {
    // Bare SQLite, configured as Jointly's files are: rollback journal
    // (DELETE), synchronous FULL, one UPDATE per transaction.
    storage::Database db(file.string(), storage::OpenMode::Create);
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value INTEGER)");
    db.execute("INSERT INTO t VALUES (1, 0)");
    auto update = db.prepare("UPDATE t SET value = ?1 WHERE id = 1");
    std::vector<double> timings;
    for (int i = 0; i < count; ++i) {
        auto start = Clock::now();
        db.execute("BEGIN IMMEDIATE");
        update.reset();
        update.bind(1, std::int64_t{100 + i});
        update.run();
        db.execute("COMMIT");
        timings.push_back(millisecondsSince(start));
    }
    return timings;
}

} // namespace

int main(int argc, char** argv) {
    const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::current_path();
    const int count = argc > 2 ? std::stoi(argv[2]) : 1000;
    const auto stamp = std::to_string(::getpid());
    const auto projectFile = folder / ("bench-edits-" + stamp + ".jointly");
    const auto bareFile = folder / ("bench-bare-" + stamp + ".sqlite");
    try {
        // Interleave the two so both see the same disk conditions.
        auto bareWarm = bareCommits(bareFile, 50);
        fs::remove(bareFile);
        auto bare = bareCommits(bareFile, count);
        auto edits = jointlyEdits(projectFile, count);
        fs::remove(projectFile);
        fs::remove(bareFile);
        const double bareMedian = bench::percentile(bare, 50);
        const double editMedian = bench::percentile(edits, 50);
        const double bareP99 = bench::percentile(bare, 99);
        const double editP99 = bench::percentile(edits, 99);
        std::cout.setf(std::ios::fixed);
        std::cout.precision(3);
        std::cout << "Single edits on " << folder.string() << " (" << count << " each)\n"
                  << "  bare SQLite commit:  median " << bareMedian << " ms, p99 " << bareP99
                  << " ms\n"
                  << "  Jointly edit:        median " << editMedian << " ms, p99 " << editP99
                  << " ms\n"
                  << "  ratio (Jointly/bare): median " << editMedian / bareMedian << "x, p99 "
                  << editP99 / bareP99 << "x (goal: within 1.5x)\n";
    } catch (const std::exception& error) {
        fs::remove(projectFile);
        fs::remove(bareFile);
        std::cerr << "edit_latency: " << error.what() << "\n";
        return 1;
    }
    return 0;
}

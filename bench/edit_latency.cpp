// Measures how long one committed, undoable edit takes, beside a bare SQLite
// single-row commit with the same journal settings on the same disk, for the
// kinds of edit a user makes most and those that cost most.
//
//   edit_latency [FOLDER] [COUNT]
//
// FOLDER defaults to the current folder (use the disk you care about);
// COUNT defaults to 1000. Each round makes one edit of every kind, in turn,
// so that all of them see the same disk conditions:
//   - a bare SQLite commit of one UPDATE, synchronous EXTRA (as Jointly's
//     files are) and FULL (what Jointly used before);
//   - one field of a partner changed in a project, with EXTRA and with FULL,
//     and with EXTRA in a project opened to write no change history, for
//     what the history costs;
//   - one score of an options appraisal changed;
//   - a partner deleted with its three members and their declared
//     interests (the partner is put back, untimed, before each round).
// Prints the median and 99th percentile of each, the edit's ratio to the
// bare commit (goal: within 1.5x), what EXTRA costs against FULL, and what
// keeping the change history costs (goal: under 1.10x).
#include "BenchRequire.h"
#include "BenchStats.h"

#include "partnership/PartnershipKinds.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace jointly;

namespace {

using bench::require;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::unique_ptr<project::Project> created(const fs::path& file, const char* synchronous) {
    auto made = project::Project::create(file.string(), "Benchmark partnership");
    if (!made.ok()) {
        throw std::runtime_error(made.error().message);
    }
    made.value()->database().execute(std::string("PRAGMA synchronous = ") + synchronous);
    return std::move(made.value());
}

// A project opened so that its edits are undoable in the session but none
// is written to the file's change history: what the history costs is the
// difference from the same edit in a project that keeps it.
std::unique_ptr<project::Project> withoutHistory(const fs::path& file) {
    created(file, "EXTRA").reset();
    project::OpenOptions options;
    options.keepHistory = false;
    auto opened = project::Project::open(file.string(), options);
    if (!opened.ok()) {
        throw std::runtime_error(opened.error().message);
    }
    opened.value()->database().execute("PRAGMA synchronous = EXTRA");
    return std::move(opened.value());
}

// One kind of edit: what it is called, and one timed run of it (setup done
// inside, untimed, where the kind needs it).
struct Kind {
    std::string name;
    std::function<double(int)> once;
    std::vector<double> timings;
};

// A bare SQLite file configured as Jointly's are (rollback journal, one
// UPDATE per transaction) at the given synchronous level.
struct BareFile {
    storage::Database db;
    std::optional<storage::Statement> update;
    BareFile(const fs::path& file, const char* synchronous)
        : db(file.string(), storage::OpenMode::Create) {
        db.execute(std::string("PRAGMA synchronous = ") + synchronous);
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value INTEGER)");
        db.execute("INSERT INTO t VALUES (1, 0)");
        update.emplace(db.prepare("UPDATE t SET value = ?1 WHERE id = 1"));
    }
    double once(int i) {
        auto start = Clock::now();
        db.execute("BEGIN IMMEDIATE");
        update->reset();
        update->bind(1, std::int64_t{100 + i});
        update->run();
        db.execute("COMMIT");
        return millisecondsSince(start);
    }
};

// A partner with three members, each with a declared interest.
std::int64_t partnerWithMembers(project::Project& project, int i) {
    using namespace partnership;
    const auto partner = require(
        records::addRecord(project, partnerOrganisation(),
                           {{"name", records::FieldValue{"Partner " + std::to_string(i)}}}));
    for (int m = 0; m < 3; ++m) {
        const auto person = require(
            records::addRecord(project, member(),
                               {{"partner_id", records::FieldValue{partner}},
                                {"name", records::FieldValue{"Member " + std::to_string(m)}}}));
        require(records::addRecord(project, declaredInterest(),
                                   {{"member_id", records::FieldValue{person}}}));
    }
    return partner;
}

void print(const std::string& name, const std::vector<double>& timings) {
    std::cout << "  " << name << ": median " << bench::percentile(timings, 50) << " ms, p99 "
              << bench::percentile(timings, 99) << " ms\n";
}

} // namespace

int main(int argc, char** argv) {
    const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::current_path();
    const int count = argc > 2 ? std::stoi(argv[2]) : 1000;
    const auto stamp = std::to_string(::getpid());
    auto file = [&](const std::string& name) {
        return folder / ("bench-" + name + "-" + stamp);
    };
    const std::vector<fs::path> files = {file("bare-extra"), file("bare-full"),
                                         file("edits.jointly"), file("edits-full.jointly"),
                                         file("edits-no-history.jointly")};
    try {
        BareFile bareExtra(files[0], "EXTRA");
        BareFile bareFull(files[1], "FULL");
        auto project = created(files[2], "EXTRA");
        auto projectFull = created(files[3], "FULL");
        auto projectBare = withoutHistory(files[4]);
        const auto partner =
            require(records::addRecord(*project, partnership::partnerOrganisation()));
        const auto partnerFull =
            require(records::addRecord(*projectFull, partnership::partnerOrganisation()));
        const auto partnerBare =
            require(records::addRecord(*projectBare, partnership::partnerOrganisation()));
        const auto priority = require(records::addRecord(
            *project, planning::priority(), {{"name", records::FieldValue{std::string("Falls")}}}));
        const auto appraisal = require(records::addRecord(
            *project, planning::appraisal(), {{"priority_id", records::FieldValue{priority}}}));
        const auto option = require(
            records::addRecord(*project, planning::appraisalOption(),
                               {{"appraisal_id", records::FieldValue{appraisal}},
                                {"name", records::FieldValue{std::string("Falls service")}}}));
        const auto criterion = require(
            records::addRecord(*project, planning::appraisalCriterion(),
                               {{"appraisal_id", records::FieldValue{appraisal}},
                                {"name", records::FieldValue{std::string("Cost")}},
                                {"weight_bp", records::FieldValue{planning::kFullWeight}}}));
        auto timed = [](const std::function<void()>& edit) {
            auto start = Clock::now();
            edit();
            return millisecondsSince(start);
        };
        std::vector<Kind> kinds = {
            {"bare SQLite commit, EXTRA", [&](int i) { return bareExtra.once(i); }, {}},
            {"bare SQLite commit, FULL ", [&](int i) { return bareFull.once(i); }, {}},
            {"one field, EXTRA         ",
             [&](int i) {
                 return timed([&] {
                     require(records::setField(*project, partnership::partnerOrganisation(),
                                               partner, "annual_contribution_pence",
                                               records::FieldValue{std::int64_t{100 + i}}));
                 });
             },
             {}},
            {"one field, FULL          ",
             [&](int i) {
                 return timed([&] {
                     require(records::setField(*projectFull, partnership::partnerOrganisation(),
                                               partnerFull, "annual_contribution_pence",
                                               records::FieldValue{std::int64_t{100 + i}}));
                 });
             },
             {}},
            {"one field, EXTRA, no history kept",
             [&](int i) {
                 return timed([&] {
                     require(records::setField(*projectBare, partnership::partnerOrganisation(),
                                               partnerBare, "annual_contribution_pence",
                                               records::FieldValue{std::int64_t{100 + i}}));
                 });
             },
             {}},
            {"one score, EXTRA         ",
             [&](int i) {
                 return timed([&] {
                     require(planning::setScore(*project, option, criterion, std::int64_t{i % 2}));
                 });
             },
             {}},
            {"partner deleted with 3 members and 3 interests, EXTRA",
             [&](int i) {
                 const auto doomed = partnerWithMembers(*project, i);
                 return timed([&] {
                     require(records::deleteRecord(*project, partnership::partnerOrganisation(),
                                                   doomed));
                 });
             },
             {}},
        };
        for (int warm = 0; warm < 20; ++warm) {
            for (auto& kind : kinds) {
                (void)kind.once(warm);
            }
        }
        for (int i = 0; i < count; ++i) {
            // Turn the order round each round so that no kind always follows another.
            for (std::size_t k = 0; k < kinds.size(); ++k) {
                auto& kind = kinds[(k + static_cast<std::size_t>(i)) % kinds.size()];
                kind.timings.push_back(kind.once(i + 20));
            }
        }
        std::cout.setf(std::ios::fixed);
        std::cout.precision(3);
        std::cout << "Edits on " << folder.string() << " (" << count << " rounds)\n";
        for (const auto& kind : kinds) {
            print(kind.name, kind.timings);
        }
        auto median = [&](std::size_t k) {
            return bench::percentile(kinds[k].timings, 50);
        };
        std::cout << "  one field against a bare commit (both EXTRA): " << median(2) / median(0)
                  << "x (goal: within 1.5x)\n"
                  << "  what EXTRA costs against FULL: bare commit " << median(0) / median(1)
                  << "x, one field " << median(2) / median(3) << "x\n"
                  << "  what keeping the change history costs (one field, EXTRA): "
                  << median(2) / median(4) << "x (goal: under 1.10x)\n";
    } catch (const std::exception& error) {
        std::cerr << "edit_latency: " << error.what() << "\n";
        for (const auto& path : files) {
            fs::remove(path);
        }
        return 1;
    }
    for (const auto& path : files) {
        fs::remove(path);
    }
    return 0;
}

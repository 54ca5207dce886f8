// Measures File > Export table ('jointly export-table') on a long table:
// 100,000 members, each with a name, a role, a link to one of 100 partner
// organisations (written as the partner's name) and a yes/no field, to
// XLSX (goal: under 3 s) and to CSV, and the memory it takes: the peak
// resident size of the process before and after each export, for a table a
// tenth as long and for the whole, which stay close if the rows are
// streamed rather than held.
//
//   table_export_speed [FOLDER] [ROWS]
//
// The project and the files are made in FOLDER (default: the current
// folder) and removed after. ROWS defaults to 100,000.
#include "BenchStats.h"

#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "sheets/TableExport.h"
#include "storage/Database.h"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace jointly;

namespace {

long peakKilobytes() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A project of `rows` members, written straight to the file.
void makeProject(const fs::path& path, int rows) {
    auto made = project::Project::create(path.string(), "Export benchmark");
    if (!made.ok()) {
        throw std::runtime_error(made.error().message);
    }
    made.value().reset();
    storage::Database db(path.string(), storage::OpenMode::ReadWrite);
    storage::Transaction transaction(db);
    auto partner = db.prepare("INSERT INTO partner_organisation (id, name) VALUES (?1, ?2)");
    for (int p = 1; p <= 100; ++p) {
        partner.reset();
        partner.bind(1, std::int64_t{p}).bind(2, "Partner organisation " + std::to_string(p));
        partner.run();
    }
    auto member = db.prepare("INSERT INTO member (partner_id, name, role, can_commit_budget) "
                             "VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < rows; ++i) {
        member.reset();
        member.bind(1, std::int64_t{i % 100 + 1})
            .bind(2, "Member " + std::to_string(i))
            .bind(3, i % 7 == 0 ? "=Director of adult social care" : "Commissioning manager")
            .bind(4, std::int64_t{i % 2});
        member.run();
    }
    transaction.commit();
}

double timedExport(const fs::path& project, const fs::path& out) {
    auto opened = project::Project::open(project.string());
    if (!opened.ok()) {
        throw std::runtime_error(opened.error().message);
    }
    const auto start = Clock::now();
    auto written =
        sheets::exportTable(opened.value()->database(), partnership::member(), out.string());
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (!written.ok()) {
        throw std::runtime_error(written.error().message);
    }
    fs::remove(out);
    return seconds;
}

} // namespace

int main(int argc, char** argv) {
    const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::current_path();
    const int rows = argc > 2 ? std::stoi(argv[2]) : 100'000;
    const auto stamp = std::to_string(::getpid());
    const auto small = folder / ("bench-export-small-" + stamp + ".jointly");
    const auto large = folder / ("bench-export-" + stamp + ".jointly");
    try {
        makeProject(small, rows / 10);
        makeProject(large, rows);
        std::cout.setf(std::ios::fixed);
        std::cout.precision(2);
        std::cout << "Exporting a table of members (peak memory of the process in MB)\n";
        for (const auto& [project, count] : {std::pair{small, rows / 10}, std::pair{large, rows}}) {
            for (const char* extension : {".xlsx", ".csv"}) {
                const long before = peakKilobytes();
                const double seconds =
                    timedExport(project, folder / ("bench-export-" + stamp + extension));
                std::cout << "  " << count << " rows to " << extension + 1 << ": " << seconds
                          << " s; peak " << static_cast<double>(before) / 1024 << " MB before, "
                          << static_cast<double>(peakKilobytes()) / 1024 << " MB after\n";
            }
        }
    } catch (const std::exception& error) {
        std::cerr << "table_export_speed: " << error.what() << "\n";
        fs::remove(small);
        fs::remove(large);
        return 1;
    }
    fs::remove(small);
    fs::remove(large);
    return 0;
}

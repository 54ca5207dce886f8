// Measures the partnership dashboard's KPI table (monitoring/KpiBoard.h) as
// the Monitor page and `jointly kpis` show it after opening a project: 200
// KPIs of 60 monthly figures each (12,000 figures), with target changes,
// annotations and a rebase on some, read from the file and each charted
// (limits, rules, icons), RAG worked out and sparklines taken. Issue 14 asks
// for the dashboard within 100 ms of opening.
//
//   dashboard_speed [FOLDER] [RUNS]
//
// Prints the median and 99th percentile of RUNS (default 100) in
// milliseconds, for opening the project as the window does (inspection,
// lock, integrity check) and for the dashboard read from the open file. The
// figures are in the README.
#include "BenchStats.h"

#include "monitoring/KpiBoard.h"
#include "project/Project.h"
#include "storage/Database.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <string>

using Clock = std::chrono::steady_clock;
using namespace jointly;

namespace {

constexpr int kKpis = 200;
constexpr int kMonths = 60;

struct Sequence {
    std::uint64_t state = 20261202;
    std::int64_t next(std::int64_t below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(below));
    }
};

std::string month(int index) {
    const int year = 2021 + index / 12;
    const int number = index % 12 + 1;
    return std::to_string(year) + (number < 10 ? "-0" : "-") + std::to_string(number);
}

void fill(storage::Database& db) {
    Sequence sequence;
    storage::Transaction transaction(db);
    auto kpi = db.prepare("INSERT INTO kpi (id, name, unit, polarity, target_hundredths, "
                          "tolerance_hundredths, frequency) VALUES (?1, ?2, '%', ?3, ?4, 200, "
                          "'monthly')");
    auto figure = db.prepare("INSERT INTO kpi_actual (kpi_id, period, value_hundredths, source) "
                             "VALUES (?1, ?2, ?3, 'monthly return')");
    for (int id = 1; id <= kKpis; ++id) {
        kpi.reset();
        kpi.bind(1, id)
            .bind(2, "KPI " + std::to_string(id))
            .bind(3, id % 3 == 0 ? "lower" : "higher")
            .bind(4, 8000 + sequence.next(1000));
        kpi.run();
        for (int m = 0; m < kMonths; ++m) {
            // A level with noise and, for every fifth KPI, a step up halfway.
            const std::int64_t level = 8000 + (id % 5 == 0 && m > kMonths / 2 ? 600 : 0);
            figure.reset();
            figure.bind(1, id).bind(2, month(m)).bind(3, level + sequence.next(400));
            figure.run();
        }
        if (id % 4 == 0) {
            auto change = db.prepare("INSERT INTO kpi_target (kpi_id, from_period, "
                                     "target_hundredths, reason) VALUES (?1, '2024-04', 8500, "
                                     "'Year two')");
            change.bind(1, id).run();
            auto note = db.prepare("INSERT INTO kpi_annotation (kpi_id, period, note) VALUES "
                                   "(?1, '2023-06', 'New service')");
            note.bind(1, id).run();
        }
        if (id % 10 == 0) {
            auto rebase = db.prepare("INSERT INTO kpi_rebase (kpi_id, period, reason) VALUES "
                                     "(?1, ?2, 'Redesigned')");
            rebase.bind(1, id).bind(2, month(kMonths / 2 + 1)).run();
        }
    }
    transaction.commit();
}

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
    const std::string folder = argc > 1 ? argv[1] : "/tmp";
    const int runs = argc > 2 ? std::stoi(argv[2]) : 100;
    const auto path = folder + "/dashboard_speed.jointly";
    std::filesystem::remove(path);
    {
        auto created = project::Project::create(path, "Bench");
        if (!created.ok()) {
            std::cerr << created.error().message << "\n";
            return 1;
        }
    }
    {
        storage::Database db(path, storage::OpenMode::ReadWrite);
        fill(db);
    }
    std::vector<double> opened;
    std::vector<double> shown;
    std::size_t special = 0;
    for (int run = 0; run < runs; ++run) {
        auto start = Clock::now();
        auto project = project::Project::open(path);
        opened.push_back(millisecondsSince(start));
        if (!project.ok()) {
            std::cerr << project.error().message << "\n";
            return 1;
        }
        start = Clock::now();
        const auto board = monitoring::kpiBoard(project.value()->database());
        shown.push_back(millisecondsSince(start));
        for (const auto& kpi : board) {
            special += kpi.variation && *kpi.variation != monitoring::VariationIcon::CommonCause;
        }
    }
    bench::report("Opening the project", opened);
    bench::report("The dashboard of 200 KPIs x 60 months, read and charted", shown);
    std::cout << "(" << special / static_cast<std::size_t>(runs)
              << " KPIs whose latest figure shows special cause)\n";
    std::filesystem::remove(path);
    return 0;
}

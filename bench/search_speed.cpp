// Measures search across a project of 10,000 records and 1,000,000
// indicator values: building the index when a search first opens, each
// search of a common word, a rare one and a common word half typed (goal:
// under 50 ms), and bringing the index up to date after an edit to a table
// of 2,500 records.
//
//   search_speed [FOLDER] [RUNS]
//
// The project is made in FOLDER (default: the current folder) and removed
// after. RUNS (default 200) searches of each kind are timed.
#include "BenchStats.h"

#include "project/Project.h"
#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace jointly;

namespace {

const char* const kWords[] = {"falls",     "carers",     "housing",  "reablement", "dementia",
                              "crisis",    "prevention", "hospital", "community",  "mental",
                              "wellbeing", "discharge",  "frailty",  "loneliness", "diabetes"};

// Text of a few sentences built from the words, different for each record.
std::string sentence(int i) {
    std::string text;
    for (int w = 0; w < 12; ++w) {
        text += std::string(kWords[(i * 7 + w * 3) % 15]) + (w % 4 == 3 ? ". " : " ");
    }
    return text + "Record " + std::to_string(i) + ".";
}

} // namespace

int main(int argc, char** argv) {
    const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::current_path();
    const int runs = argc > 2 ? std::stoi(argv[2]) : 200;
    const auto path = folder / ("bench-search-" + std::to_string(::getpid()) + ".jointly");
    try {
        auto made = project::Project::create(path.string(), "Search benchmark");
        if (!made.ok()) {
            throw std::runtime_error(made.error().message);
        }
        // 10,000 records across four kinds, then one indicator's million values.
        auto done = made.value()->edit("Fill", [](storage::Database& db) {
            auto statement = db.prepare("INSERT INTO needs_statement (statement) VALUES (?1)");
            auto service = db.prepare("INSERT INTO service (name, notes) VALUES (?1, ?2)");
            auto partner =
                db.prepare("INSERT INTO partner_organisation (name, notes) VALUES (?1, ?2)");
            auto priority = db.prepare("INSERT INTO priority (name, rationale) VALUES (?1, ?2)");
            for (int i = 0; i < 2500; ++i) {
                statement.reset();
                statement.bind(1, sentence(i));
                statement.run();
                service.reset();
                service.bind(1, "Service " + std::to_string(i) + " " + kWords[i % 15]);
                service.bind(2, sentence(i + 1));
                service.run();
                partner.reset();
                partner.bind(1, "Partner " + std::to_string(i));
                partner.bind(2, sentence(i + 2));
                partner.run();
                priority.reset();
                priority.bind(1, "Priority " + std::to_string(i) + " " + kWords[(i + 4) % 15]);
                priority.bind(2, sentence(i + 3));
                priority.run();
            }
        });
        if (!done.ok()) {
            throw std::runtime_error(done.error().message);
        }
        made.value().reset();
        {
            // A million values, as an import holds them: written straight to
            // the file, since they are no one edit's to undo.
            storage::Database db(path.string(), storage::OpenMode::ReadWrite);
            storage::Transaction transaction(db);
            db.execute("INSERT INTO indicator (id, name) VALUES (1, 'Emergency admissions')");
            auto value = db.prepare("INSERT INTO indicator_value (indicator_id, area_code, period, "
                                    "period_key, value) VALUES (1, ?1, '2025', 2025, ?2)");
            for (int i = 0; i < 1'000'000; ++i) {
                value.reset();
                value.bind(1, "E" + std::to_string(i));
                value.bind(2, std::int64_t{i % 1000});
                value.run();
            }
            transaction.commit();
        }
        auto reopened = project::Project::open(path.string());
        if (!reopened.ok()) {
            throw std::runtime_error(reopened.error().message);
        }
        auto& project = *reopened.value();
        auto start = Clock::now();
        search::SearchIndex index(project.database());
        const double build = bench::millisecondsSince(start);
        std::vector<double> common;
        std::vector<double> rare;
        std::vector<double> half;
        std::vector<double> refresh;
        std::size_t commonHits = 0;
        for (int run = 0; run < runs; ++run) {
            start = Clock::now();
            commonHits = index.find("falls prevention").size();
            common.push_back(bench::millisecondsSince(start));
            start = Clock::now();
            (void)index.find("record 1234");
            rare.push_back(bench::millisecondsSince(start));
            start = Clock::now();
            (void)index.find("falls communit");
            half.push_back(bench::millisecondsSince(start));
        }
        for (int run = 0; run < 20; ++run) {
            start = Clock::now();
            index.refresh(project.database(), {"partner_organisation"});
            refresh.push_back(bench::millisecondsSince(start));
        }
        std::cout.setf(std::ios::fixed);
        std::cout.precision(2);
        std::cout << "Search across " << index.size() << " records and 1,000,000 indicator values ("
                  << runs << " runs)\n"
                  << "  index built: " << build << " ms\n";
        bench::report("  \"falls prevention\" (the " + std::to_string(commonHits) +
                          " best of its matches)",
                      common);
        bench::report("  \"record 1234\" (a rare word, prefix match)", rare);
        bench::report("  \"falls communit\" (a common word half typed, completed)", half);
        bench::report("  index brought up to date after an edit of 2,500 partners", refresh);
    } catch (const std::exception& error) {
        std::cerr << "search_speed: " << error.what() << "\n";
        fs::remove(path);
        return 1;
    }
    fs::remove(path);
    return 0;
}

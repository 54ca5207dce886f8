// Measures what the window and `jointly evaluation` recalculate after each
// score typed into a large tender: the evaluation read from the file (panel,
// every evaluator's scores, moderation, interests) and worked out (rankings
// under the three price formulas, exclusions, the rank-reversal check,
// assessment summaries).
//
//   evaluation_speed [FOLDER] [RUNS]
//
// Builds a project in FOLDER (default /tmp) with one procurement of 20 bids
// x 30 criteria (4 quality criteria of 5 sub-criteria each, 5 more quality
// and social value criteria, and the price) x 5 evaluators who have scored
// every question (2,500 scores), then loads and evaluates it RUNS times
// (default 200), printing the median and 99th percentile in milliseconds,
// and the same for the calculation alone.
#include "BenchStats.h"

#include "procurement/TenderStore.h"
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

constexpr int kBids = 20;
constexpr int kEvaluators = 5;

struct Sequence {
    std::uint64_t state = 20261201;
    std::int64_t next(std::int64_t below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(below));
    }
};

void fill(storage::Database& db) {
    Sequence sequence;
    storage::Transaction transaction(db);
    db.execute("INSERT INTO procurement (id, name, scale_max) VALUES (1, 'Large tender', 5)");
    auto criterion = db.prepare("INSERT INTO award_criterion (id, procurement_id, parent_id, "
                                "name, category, weight_bp) VALUES (?1, 1, ?2, ?3, ?4, ?5)");
    std::vector<std::int64_t> leaves;
    std::int64_t id = 1;
    // Four parents of 12.5% with five sub-criteria of 20% each: 50%.
    for (int parent = 0; parent < 4; ++parent) {
        const auto parentId = id++;
        criterion.reset();
        criterion.bind(1, parentId).bindNull(2).bind(3, "Quality " + std::to_string(parent));
        criterion.bind(4, "quality").bind(5, 1250);
        criterion.run();
        for (int sub = 0; sub < 5; ++sub) {
            criterion.reset();
            criterion.bind(1, id).bind(2, parentId).bind(3, "Question " + std::to_string(id));
            criterion.bind(4, "quality").bind(5, 2000);
            criterion.run();
            leaves.push_back(id++);
        }
    }
    // Five more of 4% (20%) and the price at 30%.
    for (int more = 0; more < 5; ++more) {
        criterion.reset();
        criterion.bind(1, id).bindNull(2).bind(3, "Criterion " + std::to_string(id));
        criterion.bind(4, more == 4 ? "social_value" : "quality").bind(5, 400);
        criterion.run();
        leaves.push_back(id++);
    }
    criterion.reset();
    criterion.bind(1, id).bindNull(2).bind(3, "Price").bind(4, "price").bind(5, 3000);
    criterion.run();
    for (int bid = 1; bid <= kBids; ++bid) {
        auto insert = db.prepare("INSERT INTO bid (id, procurement_id, name) VALUES (?1, 1, ?2)");
        insert.bind(1, bid).bind(2, "Bid " + std::to_string(bid));
        insert.run();
        for (int year = 0; year < 3; ++year) {
            auto price = db.prepare(
                "INSERT INTO bid_price (bid_id, year, amount_pence) VALUES (?1, ?2, ?3)");
            price.bind(1, bid).bind(2, 2027 + year).bind(3, 90'000'000 + sequence.next(30'000'000));
            price.run();
        }
    }
    auto score = db.prepare("INSERT INTO evaluation_score (evaluator_id, bid_id, criterion_id, "
                            "score, note) VALUES (?1, ?2, ?3, ?4, 'Evidence on page 3')");
    for (int evaluator = 1; evaluator <= kEvaluators; ++evaluator) {
        auto insert = db.prepare("INSERT INTO evaluator (id, procurement_id, name, declared_on, "
                                 "finished) VALUES (?1, 1, ?2, '2026-05-01', 1)");
        insert.bind(1, evaluator).bind(2, "Evaluator " + std::to_string(evaluator));
        insert.run();
        for (int bid = 1; bid <= kBids; ++bid) {
            for (auto leaf : leaves) {
                score.reset();
                score.bind(1, evaluator).bind(2, bid).bind(3, leaf).bind(4, sequence.next(6));
                score.run();
            }
        }
    }
    transaction.commit();
}

} // namespace

int main(int argc, char** argv) {
    const std::string folder = argc > 1 ? argv[1] : "/tmp";
    const int runs = argc > 2 ? std::stoi(argv[2]) : 200;
    const auto path = folder + "/evaluation_speed.jointly";
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
    storage::Database db(path, storage::OpenMode::ReadOnly);
    std::vector<double> loaded;
    std::vector<double> worked;
    std::size_t ranked = 0;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        auto evaluation = procurement::loadEvaluation(db, 1);
        loaded.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!evaluation.ok()) {
            std::cerr << evaluation.error().message << "\n";
            return 1;
        }
        const auto& tender = evaluation.value().lots.front().tender;
        const auto again = Clock::now();
        auto result = procurement::evaluateTender(tender);
        worked.push_back(std::chrono::duration<double, std::milli>(Clock::now() - again).count());
        ranked += result.ok() ? result.value().rankings.front().ranked.size() : 0;
    }
    std::cout << kBids << " bids x 30 criteria x " << kEvaluators << " evaluators, " << runs
              << " runs, " << ranked / static_cast<std::size_t>(runs) << " bids ranked each\n";
    bench::report("Read from the file and evaluated", loaded);
    bench::report("Evaluated alone (three formulas, rank reversal)", worked);
    std::filesystem::remove(path);
    return 0;
}

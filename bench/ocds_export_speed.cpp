// Measures the OCDS export of a large partnership: what `jointly
// export-ocds` and File > Export procurement as OCDS do, from reading the
// file to the JSON text of the release package.
//
//   ocds_export_speed [FOLDER] [RUNS]
//
// Builds a project in FOLDER (default /tmp) with 500 procurements, each with
// a specification's envelope over three years from two funding partners, 13
// milestones, 6 award criteria (two of them sub-criteria), 10 bids (5,000 in
// all) and one contract (500 in all) with four years' value, two co-funders
// and three KPIs; then exports it RUNS times (default 20), printing the
// median and 99th percentile in milliseconds and the package's size.
#include "BenchStats.h"

#include "procurement/OcdsExport.h"
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

constexpr int kProcurements = 500;
constexpr int kBidsEach = 10;

void run(storage::Statement& statement, std::initializer_list<std::int64_t> values) {
    statement.reset();
    int index = 1;
    for (auto value : values) {
        statement.bind(index++, value);
    }
    statement.run();
}

void fill(storage::Database& db) {
    storage::Transaction transaction(db);
    for (int partner = 1; partner <= 12; ++partner) {
        auto insert = db.prepare("INSERT INTO partner_organisation (id, name) VALUES (?1, ?2)");
        insert.bind(1, partner).bind(2, "Partner organisation " + std::to_string(partner));
        insert.run();
    }
    auto specification = db.prepare("INSERT INTO specification (id, name, requirements) VALUES "
                                    "(?1, 'Community service', 'Outcomes and requirements.')");
    auto envelope = db.prepare("INSERT INTO specification_budget (specification_id, year, "
                               "partner_id, amount_pence) VALUES (?1, ?2, ?3, ?4)");
    auto procurement = db.prepare(
        "INSERT INTO procurement (id, name, specification_id, lead_partner_id, regime, route) "
        "VALUES (?1, 'Community service procurement', ?1, 2, 'psr', 'psr_competitive')");
    auto milestone = db.prepare("INSERT INTO procurement_milestone (procurement_id, step, name, "
                                "due_on, done) VALUES (?1, ?2, 'Milestone', ?3, 1)");
    auto criterion = db.prepare("INSERT INTO award_criterion (id, procurement_id, parent_id, "
                                "name, category, weight_bp, minimum_score) VALUES (?1, ?2, ?3, "
                                "'Question', 'quality', ?4, 2)");
    auto bid = db.prepare(
        "INSERT INTO bid (id, procurement_id, provider_id, name) VALUES (?1, ?2, ?3, '')");
    auto contract = db.prepare(
        "INSERT INTO contract (id, name, provider_id, procurement_id, specification_id, "
        "starts_on, ends_on, latest_end_on, notice_months, at_risk_bp) VALUES (?1, 'Contract', "
        "5, ?1, ?1, '2027-07-01', '2030-06-30', '2032-06-30', 6, 500)");
    auto value = db.prepare(
        "INSERT INTO contract_value (contract_id, year, amount_pence) VALUES (?1, ?2, 95000000)");
    auto funder = db.prepare(
        "INSERT INTO contract_funder (contract_id, partner_id, share_bp) VALUES (?1, ?2, ?3)");
    auto kpi = db.prepare("INSERT INTO kpi (contract_id, name, unit, target_hundredths) "
                          "VALUES (?1, 'Key performance indicator', '%', 9000)");
    const char* steps[] = {"market_engagement", "psr_contract_notice", "clarification_deadline",
                           "tender_deadline",   "evaluation",          "moderation",
                           "award_decision",    "psr_intention",       "standstill_end",
                           "signature",         "psr_award_notice",    "mobilisation",
                           "service_start"};
    std::int64_t criterionId = 1;
    std::int64_t bidId = 1;
    for (std::int64_t p = 1; p <= kProcurements; ++p) {
        run(specification, {p});
        for (std::int64_t year = 2027; year < 2030; ++year) {
            run(envelope, {p, year, 1, 40'000'000});
            run(envelope, {p, year, 2, 60'000'000});
        }
        run(procurement, {p});
        int day = 1;
        for (const char* step : steps) {
            milestone.reset();
            milestone.bind(1, p).bind(2, step).bind(
                3, "2027-03-" + std::string(day < 10 ? "0" : "") + std::to_string(day));
            milestone.run();
            day += 2;
        }
        const auto parent = criterionId;
        criterion.reset();
        criterion.bind(1, criterionId++).bind(2, p).bindNull(3).bind(4, 4000);
        criterion.run();
        for (std::int64_t weight : {5000, 5000}) {
            run(criterion, {criterionId++, p, parent, weight});
        }
        for (std::int64_t weight : {2000, 1000, 3000}) {
            criterion.reset();
            criterion.bind(1, criterionId++).bind(2, p).bindNull(3).bind(4, weight);
            criterion.run();
        }
        for (int b = 0; b < kBidsEach; ++b) {
            run(bid, {bidId++, p, 3 + (b % 10)});
        }
        run(contract, {p});
        for (std::int64_t year = 2027; year <= 2030; ++year) {
            run(value, {p, year});
        }
        run(funder, {p, 1, 4000});
        run(funder, {p, 2, 6000});
        for (int k = 0; k < 3; ++k) {
            run(kpi, {p});
        }
    }
    db.execute("UPDATE partnership SET ocid_prefix = 'ocds-bench1'");
    transaction.commit();
}

} // namespace

int main(int argc, char** argv) {
    const std::string folder = argc > 1 ? argv[1] : "/tmp";
    const int runs = argc > 2 ? std::stoi(argv[2]) : 20;
    const auto path = folder + "/ocds_export_speed.jointly";
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
    procurement::OcdsOptions options;
    options.publishedAt = "2026-12-01T09:00:00Z";
    options.asAt = "2026-12-01";
    std::vector<double> millis;
    std::size_t bytes = 0;
    std::size_t releases = 0;
    for (int each = 0; each < runs; ++each) {
        const auto start = Clock::now();
        auto package = procurement::ocdsPackage(db, options);
        millis.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!package.ok()) {
            std::cerr << package.error().message << "\n";
            return 1;
        }
        bytes = package.value().json.size();
        releases = package.value().releases;
    }
    std::cout << kProcurements << " procurements, " << kProcurements * kBidsEach << " bids, "
              << kProcurements << " contracts: " << releases << " releases, " << bytes / 1024
              << " KiB of JSON, " << runs << " runs\n";
    std::cout << "Exported as OCDS: median " << bench::percentile(millis, 50)
              << " ms, 99th percentile " << bench::percentile(millis, 99) << " ms\n";
    std::filesystem::remove(path);
    return 0;
}

#pragma once

#include "procurement/Routes.h"
#include "storage/Database.h"

#include <cstdint>
#include <random>
#include <string>
#include <variant>
#include <vector>

// Random procurement records for the property tests of the OCDS export:
// every table of the Procure stage filled with values any file could hold
// (within the schema's checks), including text that is empty, marked up,
// formula-like, multi-line, non-ASCII, not UTF-8 at all, and dates that are
// missing or not dates, so that the export must cope with all of them.
namespace jointly::testing {

class RandomProcurements {
public:
    RandomProcurements(storage::Database& db, std::uint32_t seed) : db_(db), random_(seed) {}

    void fill(int procurements) {
        for (int i = 0; i < 4; ++i) {
            insert("INSERT INTO partner_organisation (name) VALUES (?1)", {text()});
        }
        for (int p = 0; p < procurements; ++p) {
            addProcurement();
        }
    }

private:
    using Value = std::variant<std::monostate, std::int64_t, std::string>;

    std::int64_t insert(const std::string& sql, const std::vector<Value>& values) {
        auto statement = db_.prepare(sql);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            if (const auto* number = std::get_if<std::int64_t>(&values[i])) {
                statement.bind(index, *number);
            } else if (const auto* words = std::get_if<std::string>(&values[i])) {
                statement.bind(index, *words);
            } else {
                statement.bindNull(index);
            }
        }
        statement.step();
        auto id = db_.prepare("SELECT last_insert_rowid()");
        id.step();
        return id.int64(0);
    }

    std::int64_t between(std::int64_t low, std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(low, high)(random_);
    }
    bool chance(int percent) { return between(1, 100) <= percent; }

    Value text() {
        static const std::vector<std::string> words = {"",
                                                       " ",
                                                       "Falls service",
                                                       "<b>bold</b> & \"quoted\"",
                                                       "=SUM(A1:A9)",
                                                       "-1",
                                                       "two\nlines",
                                                       "tab\there",
                                                       "naïve café, Ysbyty Gwynedd",
                                                       "😀 emoji",
                                                       std::string("control\x01"
                                                                   "char"),
                                                       std::string("not UTF-8 \xff\xfe"),
                                                       "\\u0000"};
        return words[static_cast<std::size_t>(
            between(0, static_cast<std::int64_t>(words.size()) - 1))];
    }
    Value date() {
        if (chance(15)) {
            return std::monostate{};
        }
        if (chance(10)) {
            return std::string(chance(50) ? "2027-02-30" : "soon");
        }
        const auto month = between(1, 12);
        const auto day = between(1, 28);
        std::string text = std::to_string(between(2024, 2031)) + "-" + (month < 10 ? "0" : "") +
                           std::to_string(month) + "-" + (day < 10 ? "0" : "") +
                           std::to_string(day);
        return text;
    }
    Value partner() { return chance(20) ? Value{} : Value{between(1, 4)}; }
    Value pence() {
        return chance(10) ? Value{}
                          : Value{between(0, chance(10) ? 4'000'000'000'000'000'000 : 500'000'000)};
    }
    template <typename List> std::string pick(const List& list) {
        return std::string(
            list[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(list.size()) - 1))]
                .key);
    }

    void addProcurement() {
        const auto specification = insert(
            "INSERT INTO specification (name, requirements) VALUES (?1, ?2)", {text(), text()});
        for (int year = 0; year < between(0, 4); ++year) {
            insert("INSERT INTO specification_budget (specification_id, year, partner_id, "
                   "amount_pence) VALUES (?1, ?2, ?3, ?4)",
                   {specification, chance(10) ? Value{} : Value{between(2025, 2030)}, partner(),
                    pence()});
        }
        const auto procurement = insert(
            "INSERT INTO procurement (name, specification_id, lead_partner_id, regime, route, "
            "route_justification, value_pence, price_formula, scale_max) VALUES (?1, ?2, ?3, ?4, "
            "?5, ?6, ?7, ?8, ?9)",
            {text(), chance(80) ? Value{specification} : Value{}, partner(),
             pick(procurement::regimeChoices()), pick(procurement::routeChoices()), text(),
             chance(50) ? pence() : Value{},
             std::string(chance(50)   ? "relative"
                         : chance(50) ? "linear"
                                      : "affordability"),
             between(1, 10)});
        for (int m = 0; m < between(0, 8); ++m) {
            insert("INSERT INTO procurement_milestone (procurement_id, step, name, due_on, done) "
                   "VALUES (?1, ?2, ?3, ?4, ?5)",
                   {procurement, pick(procurement::stepChoices()), text(), date(), between(0, 1)});
        }
        std::vector<std::int64_t> lots;
        for (int l = 0; l < between(0, 2); ++l) {
            lots.push_back(insert("INSERT INTO tender_lot (procurement_id, name, description) "
                                  "VALUES (?1, ?2, ?3)",
                                  {procurement, text(), text()}));
        }
        auto lot = [&]() -> Value {
            return lots.empty() || chance(40)
                       ? Value{}
                       : Value{lots[static_cast<std::size_t>(
                             between(0, static_cast<std::int64_t>(lots.size()) - 1))]};
        };
        std::vector<std::int64_t> criteria;
        for (int c = 0; c < between(0, 6); ++c) {
            Value parent = criteria.empty() || chance(60)
                               ? Value{}
                               : Value{criteria[static_cast<std::size_t>(
                                     between(0, static_cast<std::int64_t>(criteria.size()) - 1))]};
            criteria.push_back(insert(
                "INSERT INTO award_criterion (procurement_id, lot_id, parent_id, name, category, "
                "weight_bp, minimum_score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                {procurement, lot(), parent, text(),
                 std::string(chance(60)   ? "quality"
                             : chance(50) ? "price"
                                          : "social_value"),
                 chance(10) ? Value{} : Value{between(0, 10000)},
                 chance(50) ? Value{} : Value{between(0, 10)}}));
        }
        for (int b = 0; b < between(0, 5); ++b) {
            insert("INSERT INTO bid (procurement_id, lot_id, provider_id, name, on_time) VALUES "
                   "(?1, ?2, ?3, ?4, ?5)",
                   {procurement, lot(), partner(), text(), between(0, 1)});
        }
        for (int k = 0; k < between(0, 2); ++k) {
            addContract(procurement, specification);
        }
    }

    void addContract(std::int64_t procurement, std::int64_t specification) {
        const auto contract = insert(
            "INSERT INTO contract (name, provider_id, procurement_id, specification_id, "
            "starts_on, ends_on, latest_end_on, extension_decision_on, notice_months, "
            "payment_basis, at_risk_bp, incentive) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
            "?10, ?11, ?12)",
            {text(), partner(), procurement, specification, date(), date(), date(), date(),
             chance(30) ? Value{} : Value{between(0, 60)},
             std::string(chance(50) ? "block" : "outcomes"),
             chance(50) ? Value{} : Value{between(0, 10000)}, text()});
        for (int y = 0; y < between(0, 4); ++y) {
            insert("INSERT INTO contract_value (contract_id, year, amount_pence) VALUES (?1, ?2, "
                   "?3)",
                   {contract, between(2025, 2030), pence()});
        }
        for (int f = 0; f < between(0, 3); ++f) {
            insert("INSERT INTO contract_funder (contract_id, partner_id, share_bp) VALUES (?1, "
                   "?2, ?3)",
                   {contract, partner(), between(0, 10000)});
        }
        std::vector<std::int64_t> kpis;
        for (int k = 0; k < between(0, 3); ++k) {
            kpis.push_back(insert(
                "INSERT INTO kpi (contract_id, name, definition, unit, polarity, "
                "target_hundredths, frequency, breach_hundredths, consequence, "
                "pays_incentive) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                {contract, text(), text(), text(),
                 std::string(chance(40)   ? "higher"
                             : chance(50) ? "lower"
                                          : "neither"),
                 chance(30) ? Value{} : Value{between(-100'000'000'000'000, 100'000'000'000'000)},
                 std::string(chance(50) ? "monthly" : "annual"),
                 chance(50) ? Value{} : Value{between(-1000, 1000)}, text(), between(0, 1)}));
            addMonitoring(kpis.back());
        }
        if (!kpis.empty() && chance(40)) {
            // A yearly assessment rating some of the contract's KPIs.
            const auto assessment =
                insert("INSERT INTO contract_assessment (contract_id, year, assessed_on, summary) "
                       "VALUES (?1, ?2, ?3, ?4)",
                       {contract, between(2024, 2030), date(), text()});
            for (auto kpi : kpis) {
                if (chance(70)) {
                    insert("INSERT INTO kpi_rating (assessment_id, kpi_id, rating, explanation) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           {assessment, kpi,
                            std::string(chance(25)   ? "good"
                                        : chance(30) ? "approaching"
                                        : chance(40) ? "requires_improvement"
                                        : chance(50) ? "inadequate"
                                                     : "other"),
                            text()});
                }
            }
        }
    }

    // A KPI's figures (some missing, some for periods that are not periods)
    // and annotations.
    void addMonitoring(std::int64_t kpi) {
        for (int f = 0; f < between(0, 4); ++f) {
            const auto month = between(1, 12);
            Value period =
                chance(15) ? text()
                           : Value{std::to_string(between(2024, 2030)) +
                                   (chance(70) ? (month < 10 ? "-0" : "-") + std::to_string(month)
                                               : std::string("/") + "25")};
            insert(
                "INSERT INTO kpi_actual (kpi_id, period, value_hundredths, note, source) VALUES "
                "(?1, ?2, ?3, ?4, 'typed')",
                {kpi, period,
                 chance(20) ? Value{} : Value{between(-100'000'000'000'000, 100'000'000'000'000)},
                 text()});
            if (chance(30)) {
                insert("INSERT INTO kpi_annotation (kpi_id, period, note) VALUES (?1, ?2, ?3)",
                       {kpi, period, text()});
            }
        }
    }

    storage::Database& db_;
    std::mt19937 random_;
};

} // namespace jointly::testing

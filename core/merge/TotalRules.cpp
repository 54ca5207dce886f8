#include "merge/TotalRules.h"

#include "storage/Database.h"

namespace jointly::merge {

namespace {

constexpr std::int64_t kWhole = 10'000;

} // namespace

const std::vector<TotalRule>& totalRules() {
    static const std::vector<TotalRule> rules = {
        {"appraisal_criterion",
         "weight_bp",
         "appraisal_id",
         {},
         "appraisal",
         "the weights of the criteria of"},
        {"award_criterion", "weight_bp", "procurement_id", "parent_id IS NULL", "procurement",
         "the weights of the award criteria of"},
        {"service_funding", "share_bp", "service_id", {}, "service", "the funding shares of"},
        {"contract_funder", "share_bp", "contract_id", {}, "contract", "the co-funders' shares of"},
        {"partner_organisation",
         "fixed_risk_share_bp",
         {},
         {},
         {},
         "the partners' fixed shares of the risk"},
    };
    return rules;
}

std::map<std::int64_t, std::int64_t> totalsOf(storage::Database& db, const TotalRule& rule) {
    // Every name is one of the constants above, never text from a file.
    const std::string group = rule.group.empty() ? std::string("0") : std::string(rule.group);
    auto totals =
        db.prepare("SELECT " + group + ", sum(" + std::string(rule.column) + ") FROM " +
                   std::string(rule.table) + " WHERE " + std::string(rule.column) + " IS NOT NULL" +
                   (rule.where.empty() ? "" : " AND " + std::string(rule.where)) + " GROUP BY 1");
    std::map<std::int64_t, std::int64_t> result;
    while (totals.step()) {
        result[totals.int64(0)] = totals.int64(1);
    }
    return result;
}

std::int64_t groupOf(const TotalRule& rule, const std::map<std::string, std::int64_t>& values) {
    if (rule.group.empty()) {
        return 0;
    }
    auto found = values.find(std::string(rule.group));
    return found == values.end() ? -1 : found->second;
}

bool breaks(std::int64_t before, std::int64_t after) {
    return (before == kWhole && after != kWhole) || (after > kWhole && before <= kWhole);
}

bool breaksTogether(std::int64_t mine, std::int64_t theirs, std::int64_t merged) {
    return (mine == kWhole && theirs == kWhole && merged != kWhole) ||
           (merged > kWhole && mine <= kWhole && theirs <= kWhole);
}

std::string percentWords(std::int64_t basisPoints) {
    const bool negative = basisPoints < 0;
    const std::int64_t magnitude = negative ? -basisPoints : basisPoints;
    std::string words = std::to_string(magnitude / 100);
    if (const auto hundredths = magnitude % 100; hundredths != 0) {
        words += "." + std::string(hundredths < 10 ? "0" : "") + std::to_string(hundredths);
        while (words.back() == '0') {
            words.pop_back();
        }
    }
    return (negative ? "-" : "") + words + "%";
}

} // namespace jointly::merge

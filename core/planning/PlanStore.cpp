#include "planning/PlanStore.h"

#include "project/Ids.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "util/Text.h"
#include "vocabulary/Tiers.h"

#include <algorithm>
#include <ctime>
#include <limits>
#include <map>

namespace jointly::planning {

namespace {

// The name to show: the text itself, or "unnamed <what>" when it is blank.
std::string nameOr(const std::string& text, std::string_view what) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        return "unnamed " + std::string(what);
    }
    return text;
}

// Adds without overflowing: a sum past the largest amount stops there. No
// real budget comes near it, and the calculations then refuse the total.
std::int64_t addSaturating(std::int64_t a, std::int64_t b) {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) {
        return b > 0 ? std::numeric_limits<std::int64_t>::max()
                     : std::numeric_limits<std::int64_t>::min();
    }
    return sum;
}

Tier tierFromKey(const std::string& key) {
    return static_cast<Tier>(vocabulary::tierIndex(key));
}

// The first line of a needs statement, cut to at most 80 characters (not
// bytes: a UTF-8 character is never split), without spaces at either end.
std::string priorityNameFrom(const std::string& statement) {
    const auto begin = statement.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) {
        return {};
    }
    std::string line = statement.substr(begin, statement.find('\n', begin) - begin);
    std::size_t characters = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const auto byte = static_cast<unsigned char>(line[i]);
        if ((byte & 0xC0) != 0x80 && ++characters > 80) {
            line.resize(i);
            break;
        }
    }
    line.erase(line.find_last_not_of(" \t\r") + 1);
    return line;
}

struct ScoreTarget {
    std::int64_t appraisalId = 0;
    std::string name;
};

std::optional<ScoreTarget> findScoreTarget(storage::Database& db, std::string_view table,
                                           std::int64_t id) {
    // Only ever one of two constant table names.
    auto statement =
        db.prepare(table == "appraisal_option"
                       ? "SELECT appraisal_id, name FROM appraisal_option WHERE id = ?1"
                       : "SELECT appraisal_id, name FROM appraisal_criterion "
                         "WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step()) {
        return std::nullopt;
    }
    return ScoreTarget{statement.int64(0), statement.text(1)};
}

} // namespace

// --- Options appraisal -------------------------------------------------------

std::vector<AppraisalSummary> listAppraisals(storage::Database& db) {
    std::vector<AppraisalSummary> list;
    auto statement = db.prepare("SELECT a.id, a.name, a.priority_id, p.name FROM appraisal a "
                                "JOIN priority p ON p.id = a.priority_id "
                                "ORDER BY p.rank IS NULL, p.rank, a.id");
    while (statement.step()) {
        list.push_back({statement.int64(0), nameOr(statement.text(1), "options appraisal"),
                        statement.int64(2), nameOr(statement.text(3), "priority")});
    }
    return list;
}

Outcome<LoadedAppraisal> loadAppraisal(storage::Database& db, std::int64_t appraisalId) {
    auto head = db.prepare("SELECT a.name, a.priority_id, p.name, a.scale_min, a.scale_max "
                           "FROM appraisal a JOIN priority p ON p.id = a.priority_id "
                           "WHERE a.id = ?1");
    head.bind(1, appraisalId);
    if (!head.step()) {
        return Error{ErrorKind::NotFound,
                     "That options appraisal no longer exists; it may have been deleted."};
    }
    LoadedAppraisal loaded;
    loaded.summary = {appraisalId, nameOr(head.text(0), "options appraisal"), head.int64(1),
                      nameOr(head.text(2), "priority")};
    loaded.appraisal.scale = {head.int64(3), head.int64(4)};

    auto options = db.prepare("SELECT id, name, do_nothing FROM appraisal_option "
                              "WHERE appraisal_id = ?1 AND (short_listed = 1 OR do_nothing = 1) "
                              "ORDER BY id");
    options.bind(1, appraisalId);
    while (options.step()) {
        loaded.optionIds.push_back(options.int64(0));
        loaded.appraisal.options.push_back(
            {nameOr(options.text(1), "option"), options.int64(2) != 0});
    }
    auto criteria = db.prepare("SELECT id, name, weight_bp FROM appraisal_criterion "
                               "WHERE appraisal_id = ?1 ORDER BY id");
    criteria.bind(1, appraisalId);
    while (criteria.step()) {
        loaded.criterionIds.push_back(criteria.int64(0));
        loaded.appraisal.criteria.push_back(
            {nameOr(criteria.text(1), "criterion"), criteria.optionalInt64(2).value_or(0)});
    }

    std::map<std::int64_t, std::size_t> optionIndex;
    for (std::size_t i = 0; i < loaded.optionIds.size(); ++i) {
        optionIndex[loaded.optionIds[i]] = i;
    }
    std::map<std::int64_t, std::size_t> criterionIndex;
    for (std::size_t i = 0; i < loaded.criterionIds.size(); ++i) {
        criterionIndex[loaded.criterionIds[i]] = i;
    }
    loaded.appraisal.scores.assign(
        loaded.optionIds.size(),
        std::vector<std::optional<std::int64_t>>(loaded.criterionIds.size()));
    auto scores = db.prepare("SELECT s.option_id, s.criterion_id, s.score FROM appraisal_score s "
                             "JOIN appraisal_option o ON o.id = s.option_id "
                             "WHERE o.appraisal_id = ?1");
    scores.bind(1, appraisalId);
    while (scores.step()) {
        const auto option = optionIndex.find(scores.int64(0));
        const auto criterion = criterionIndex.find(scores.int64(1));
        // A dropped option's scores, or a score against another appraisal's
        // criterion, take no part.
        if (option != optionIndex.end() && criterion != criterionIndex.end()) {
            loaded.appraisal.scores[option->second][criterion->second] = scores.int64(2);
        }
    }
    return loaded;
}

Status setScore(project::Project& project, std::int64_t optionId, std::int64_t criterionId,
                std::optional<std::int64_t> score) {
    return project.guarded<Status>([&]() -> Status {
        auto& db = project.database();
        const auto option = findScoreTarget(db, "appraisal_option", optionId);
        if (!option) {
            return Error{ErrorKind::NotFound,
                         "That option no longer exists; it may have been deleted."};
        }
        const auto criterion = findScoreTarget(db, "appraisal_criterion", criterionId);
        if (!criterion) {
            return Error{ErrorKind::NotFound,
                         "That criterion no longer exists; it may have been deleted."};
        }
        const auto optionName = util::curlyQuoted(nameOr(option->name, "option"));
        const auto criterionName = util::curlyQuoted(nameOr(criterion->name, "criterion"));
        if (option->appraisalId != criterion->appraisalId) {
            return Error{ErrorKind::Invalid, "The option " + optionName + " and the criterion " +
                                                 criterionName +
                                                 " belong to different options appraisals."};
        }
        if (score) {
            auto scale = db.prepare("SELECT scale_min, scale_max FROM appraisal WHERE id = ?1");
            scale.bind(1, option->appraisalId);
            if (scale.step() && (*score < scale.int64(0) || *score > scale.int64(1))) {
                return Error{ErrorKind::Invalid, "The score " + std::to_string(*score) +
                                                     " is outside this appraisal's scale of " +
                                                     std::to_string(scale.int64(0)) + " to " +
                                                     std::to_string(scale.int64(1)) + "."};
            }
        }
        auto current = db.prepare(
            "SELECT score FROM appraisal_score WHERE option_id = ?1 AND criterion_id = ?2");
        current.bind(1, optionId);
        current.bind(2, criterionId);
        const std::optional<std::int64_t> held =
            current.step() ? std::optional<std::int64_t>(current.int64(0)) : std::nullopt;
        if (held == score) {
            return success();
        }
        const std::string label = score
                                      ? "Score " + optionName + " on " + criterionName
                                      : "Clear the score of " + optionName + " on " + criterionName;
        return project.edit(label, [&](storage::Database& edited) {
            auto statement =
                !score ? edited.prepare("DELETE FROM appraisal_score "
                                        "WHERE option_id = ?1 AND criterion_id = ?2")
                : held
                    ? edited.prepare("UPDATE appraisal_score SET score = ?3 "
                                     "WHERE option_id = ?1 AND criterion_id = ?2")
                    : edited.prepare("INSERT INTO appraisal_score (option_id, criterion_id, score, "
                                     "id) VALUES (?1, ?2, ?3, ?4)");
            if (score && !held) {
                statement.bind(4, project::newId(edited, "appraisal_score"));
            }
            statement.bind(1, optionId);
            statement.bind(2, criterionId);
            if (score) {
                statement.bind(3, *score);
            }
            statement.run();
        });
    });
}

// --- Priorities ----------------------------------------------------------------

Outcome<std::int64_t> promoteCandidateStatements(project::Project& project) {
    return project.guarded<Outcome<std::int64_t>>([&]() -> Outcome<std::int64_t> {
        struct Candidate {
            std::int64_t id = 0;
            std::string statement;
            std::optional<std::int64_t> careGroupId;
        };
        std::vector<Candidate> candidates;
        auto& db = project.database();
        auto find =
            db.prepare("SELECT s.id, s.statement, s.care_group_id FROM needs_statement s "
                       "WHERE s.candidate_priority = 1 AND NOT EXISTS "
                       "(SELECT 1 FROM priority p WHERE p.statement_id = s.id) ORDER BY s.id");
        while (find.step()) {
            candidates.push_back({find.int64(0), find.text(1), find.optionalInt64(2)});
        }
        const auto count = static_cast<std::int64_t>(candidates.size());
        if (count == 0) {
            return std::int64_t{0};
        }
        const std::int64_t lastRank = db.queryInt64("SELECT coalesce(max(rank), 0) FROM priority");
        const std::string label =
            count == 1 ? "Promote 1 needs statement to a priority"
                       : "Promote " + std::to_string(count) + " needs statements to priorities";
        auto status = project.edit(label, [&](storage::Database& edited) {
            auto insert = edited.prepare("INSERT INTO priority (name, care_group_id, statement_id, "
                                         "rank, id) VALUES (?1, ?2, ?3, ?4, ?5)");
            project::IdAllocator ids(edited, "priority");
            std::int64_t rank = lastRank;
            for (const auto& candidate : candidates) {
                insert.reset();
                insert.bind(1, priorityNameFrom(candidate.statement));
                insert.bind(2, candidate.careGroupId);
                insert.bind(3, candidate.id);
                // Ranks stop at 1000; any further priority is left for the user to rank.
                ++rank;
                insert.bind(4, rank <= 1000 ? std::optional<std::int64_t>(rank) : std::nullopt);
                insert.bind(5, ids.next());
                insert.run();
            }
        });
        if (!status.ok()) {
            return status.error();
        }
        return count;
    });
}

// --- Investment and disinvestment --------------------------------------------

std::vector<Proposal> loadProposals(storage::Database& db) {
    std::vector<Proposal> proposals;
    auto statement = db.prepare("SELECT id, name, kind, care_group_id, tier, amount_pence, "
                                "benefit FROM proposal WHERE amount_pence > 0 ORDER BY id");
    while (statement.step()) {
        Proposal proposal;
        proposal.id = statement.int64(0);
        proposal.name = nameOr(statement.text(1), "proposal");
        proposal.kind =
            statement.text(2) == "disinvest" ? ProposalKind::Disinvest : ProposalKind::Invest;
        proposal.careGroupId = statement.optionalInt64(3).value_or(0);
        proposal.tier = tierFromKey(statement.text(4));
        proposal.amountPence = statement.int64(5);
        proposal.benefit = statement.optionalInt64(6).value_or(0);
        proposals.push_back(std::move(proposal));
    }
    return proposals;
}

TierSpend allocatedByTier(storage::Database& db, quantities::FinancialYear year) {
    TierSpend spend{};
    auto statement = db.prepare("SELECT tier, amount_pence FROM allocation "
                                "WHERE year = ?1 AND amount_pence IS NOT NULL");
    statement.bind(1, year.startYear);
    while (statement.step()) {
        auto& tier = spend[static_cast<std::size_t>(tierFromKey(statement.text(0)))];
        tier = addSaturating(tier, statement.int64(1));
    }
    return spend;
}

// --- Budget ----------------------------------------------------------------------

quantities::FinancialYear baseYear(storage::Database& db) {
    auto chosen = db.prepare("SELECT budget_base_year FROM partnership WHERE id = 1");
    if (chosen.step() && !chosen.isNull(0)) {
        return quantities::FinancialYear{static_cast<int>(chosen.int64(0))};
    }
    auto earliest = db.prepare("SELECT min(year) FROM (SELECT year FROM contribution "
                               "UNION ALL SELECT year FROM allocation)");
    if (earliest.step() && !earliest.isNull(0)) {
        return quantities::FinancialYear{static_cast<int>(earliest.int64(0))};
    }
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const int year = local.tm_year + 1900;
    // January to March belong to the financial year that began the April before.
    return quantities::FinancialYear{local.tm_mon >= 3 ? year : year - 1};
}

Outcome<Reconciliation> loadReconciliation(storage::Database& db, quantities::FinancialYear year) {
    std::vector<ContributionLine> contributions;
    auto given = db.prepare("SELECT c.partner_id, p.name, c.amount_pence, c.funding "
                            "FROM contribution c JOIN partner_organisation p ON p.id = "
                            "c.partner_id WHERE c.year = ?1 ORDER BY c.partner_id, c.id");
    given.bind(1, year.startYear);
    while (given.step()) {
        contributions.push_back({given.int64(0), nameOr(given.text(1), "partner organisation"),
                                 given.optionalInt64(2).value_or(0),
                                 given.text(3) == "aligned" ? Funding::Aligned : Funding::Pooled});
    }
    std::vector<AllocationLine> allocations;
    auto allocated = db.prepare("SELECT a.care_group_id, s.name, a.line, a.amount_pence "
                                "FROM allocation a LEFT JOIN service s ON s.id = a.service_id "
                                "WHERE a.year = ?1 ORDER BY a.id");
    allocated.bind(1, year.startYear);
    while (allocated.step()) {
        const auto service = allocated.optionalText(1).value_or("");
        const bool named = service.find_first_not_of(" \t\r\n") != std::string::npos;
        allocations.push_back({allocated.optionalInt64(0).value_or(0),
                               named ? service : nameOr(allocated.text(2), "allocation"),
                               allocated.optionalInt64(3).value_or(0)});
    }
    return reconcile(year, contributions, allocations);
}

RiskShareRule loadRiskShareRule(storage::Database& db) {
    RiskShareRule rule;
    rule.basis = ProportionalBasis::AllContributions;
    auto kind = db.prepare("SELECT risk_share_rule FROM partnership WHERE id = 1");
    if (!kind.step() || kind.text(0) != "fixed") {
        return rule;
    }
    rule.kind = RiskShareKind::Fixed;
    rule.fixedShares = loadFixedShares(db);
    return rule;
}

std::vector<FixedShare> loadFixedShares(storage::Database& db) {
    std::vector<FixedShare> fixed;
    auto shares = db.prepare("SELECT id, name, fixed_risk_share_bp FROM partner_organisation "
                             "WHERE fixed_risk_share_bp IS NOT NULL ORDER BY id");
    while (shares.step()) {
        fixed.push_back(
            {shares.int64(0), nameOr(shares.text(1), "partner organisation"), shares.int64(2)});
    }
    return fixed;
}

std::optional<std::int64_t> forecastVariance(storage::Database& db,
                                             quantities::FinancialYear year) {
    auto statement = db.prepare("SELECT variance_pence FROM budget_forecast "
                                "WHERE year = ?1 AND variance_pence IS NOT NULL");
    statement.bind(1, year.startYear);
    std::optional<std::int64_t> total;
    while (statement.step()) {
        total = addSaturating(total.value_or(0), statement.int64(0));
    }
    return total;
}

} // namespace jointly::planning

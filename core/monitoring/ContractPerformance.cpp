#include "monitoring/ContractPerformance.h"

#include "monitoring/KpiChart.h"
#include "monitoring/Rag.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "quantities/FinancialYear.h"
#include "quantities/Period.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <algorithm>
#include <array>
#include <map>

namespace jointly::monitoring {

using quantities::financialYearOfPeriod;
using quantities::Frequency;
using quantities::frequencyOf;

namespace {

constexpr std::array kRatings = {Rating::Good, Rating::Approaching, Rating::RequiresImprovement,
                                 Rating::Inadequate, Rating::Other};

std::string yearText(int year) {
    return quantities::formatFinancialYear({year});
}

std::string count(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// "1 good, 2 approaching target, 1 requires improvement", in the ratings'
// order; "no KPIs rated" for none.
std::string ratingCounts(const std::vector<Rating>& ratings) {
    std::string words;
    for (auto rating : kRatings) {
        const auto n = static_cast<std::size_t>(std::count(ratings.begin(), ratings.end(), rating));
        if (n == 0) {
            continue;
        }
        auto said = std::string(ratingWords(rating));
        said[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(said[0])));
        words += (words.empty() ? "" : ", ") + std::to_string(n) + " " + said;
    }
    return words.empty() ? std::string("no KPIs rated") : words;
}

// The mean of whole hundredths to the nearest hundredth, halves away from
// zero; nothing when the sum would overflow.
std::optional<std::int64_t> meanOf(const std::vector<std::int64_t>& values) {
    std::int64_t sum = 0;
    for (auto value : values) {
        if (__builtin_add_overflow(sum, value, &sum)) {
            return std::nullopt;
        }
    }
    const auto n = static_cast<std::int64_t>(values.size());
    const auto quotient = sum / n;
    const auto remainder = sum % n;
    if (2 * (remainder < 0 ? -remainder : remainder) >= n) {
        return quotient + (sum < 0 ? -1 : 1);
    }
    return quotient;
}

std::string statusWords(std::string_view status) {
    if (status == "remedial_plan") {
        return "Remedial action plan agreed";
    }
    if (status == "remedied") {
        return "Remedied";
    }
    if (status == "escalated") {
        return "Escalated";
    }
    if (status == "withdrawn") {
        return "Withdrawn";
    }
    return "Open";
}

std::vector<PerformanceNotice> noticesOf(storage::Database& db, std::int64_t contractId,
                                         std::string_view today) {
    std::vector<PerformanceNotice> notices;
    auto rows = db.prepare(
        "SELECT n.id, coalesce(k.name, ''), coalesce(n.issued_on, ''), n.requirement, "
        "n.description, n.status, n.withheld_pence, coalesce(n.closed_on, '') FROM "
        "performance_notice n LEFT JOIN kpi k ON k.id = n.kpi_id WHERE n.contract_id = ?1 ORDER "
        "BY coalesce(n.issued_on, '') DESC, n.id DESC");
    rows.bind(1, contractId);
    while (rows.step()) {
        PerformanceNotice notice;
        notice.id = rows.int64(0);
        notice.kpi = rows.text(1);
        notice.issuedOn = rows.text(2);
        notice.requirement = rows.text(3);
        notice.description = rows.text(4);
        notice.status = rows.text(5);
        notice.statusWords = statusWords(notice.status);
        if (!rows.isNull(6)) {
            notice.withheldPence = rows.int64(6);
        }
        notice.closedOn = rows.text(7);
        notice.open = notice.status != "remedied" && notice.status != "withdrawn";
        notices.push_back(std::move(notice));
    }
    auto steps = db.prepare("SELECT id, description, coalesce(due_on, ''), done_on IS NOT NULL AND "
                            "done_on <> '' FROM remedial_milestone WHERE notice_id = ?1 ORDER BY "
                            "coalesce(due_on, '9999'), id");
    for (auto& notice : notices) {
        steps.reset();
        steps.bind(1, notice.id);
        while (steps.step()) {
            DeliveryItem item;
            item.kind = "remedial";
            item.id = steps.int64(0);
            item.name = steps.text(1);
            item.dueOn = steps.text(2);
            // A notice remedied or withdrawn closes its plan: nothing of it is
            // overdue (and Delivery leaves it out).
            judgeDelivery(item, steps.int64(3) != 0 || !notice.open, today);
            notice.milestones.push_back(std::move(item));
        }
    }
    return notices;
}

std::vector<ContractAssessment> assessmentsOf(storage::Database& db, std::int64_t contractId) {
    std::vector<ContractAssessment> assessments;
    auto rows =
        db.prepare("SELECT id, year, coalesce(assessed_on, ''), summary FROM "
                   "contract_assessment WHERE contract_id = ?1 ORDER BY year DESC, id DESC");
    rows.bind(1, contractId);
    while (rows.step()) {
        ContractAssessment assessment;
        assessment.id = rows.int64(0);
        assessment.year = static_cast<int>(rows.int64(1));
        assessment.yearText = yearText(assessment.year);
        assessment.assessedOn = rows.text(2);
        assessment.summary = rows.text(3);
        assessments.push_back(std::move(assessment));
    }
    auto ratings = db.prepare("SELECT r.kpi_id, k.name, r.rating, r.explanation FROM kpi_rating r "
                              "JOIN kpi k ON k.id = r.kpi_id WHERE r.assessment_id = ?1 ORDER BY "
                              "r.kpi_id, r.id");
    for (auto& assessment : assessments) {
        ratings.reset();
        ratings.bind(1, assessment.id);
        while (ratings.step()) {
            assessment.ratings.push_back({ratings.int64(0), ratings.text(1),
                                          ratingOfKey(ratings.text(2)).value_or(Rating::Other),
                                          ratings.text(3)});
        }
    }
    return assessments;
}

std::string sentenceOf(const ContractPerformance& contract) {
    std::string sentence = count(contract.kpis.size(), "KPI", "KPIs");
    if (!contract.kpis.empty()) {
        sentence += ": " + std::to_string(contract.red) + " red, " +
                    std::to_string(contract.breaches) + " in breach";
    }
    sentence += ". ";
    if (contract.notices.empty()) {
        sentence += "No performance notices";
    } else {
        sentence += count(contract.notices.size(), "performance notice", "performance notices") +
                    ", " + std::to_string(contract.openNotices) + " open";
        if (contract.overdueMilestones > 0) {
            sentence += "; " + count(contract.overdueMilestones, "remedial milestone overdue",
                                     "remedial milestones overdue");
        }
    }
    sentence += ". ";
    if (contract.assessments.empty()) {
        sentence += "Not yet assessed.";
    } else {
        const auto& latest = contract.assessments.front();
        std::vector<Rating> ratings;
        for (const auto& entry : latest.ratings) {
            ratings.push_back(entry.rating);
        }
        sentence += "Assessed for " + latest.yearText + ": " + ratingCounts(ratings) + ".";
    }
    return sentence;
}

std::string contractName(const std::string& name) {
    return util::curlyQuoted(name.empty() ? std::string("unnamed contract") : name);
}

} // namespace

std::optional<Rating> ratingOfKey(std::string_view key) {
    for (auto rating : kRatings) {
        if (ratingKey(rating) == key) {
            return rating;
        }
    }
    return std::nullopt;
}

std::string_view ratingKey(Rating rating) {
    switch (rating) {
    case Rating::Good:
        return "good";
    case Rating::Approaching:
        return "approaching";
    case Rating::RequiresImprovement:
        return "requires_improvement";
    case Rating::Inadequate:
        return "inadequate";
    case Rating::Other:
        break;
    }
    return "other";
}

std::string_view ratingWords(Rating rating) {
    switch (rating) {
    case Rating::Good:
        return "Good";
    case Rating::Approaching:
        return "Approaching target";
    case Rating::RequiresImprovement:
        return "Requires improvement";
    case Rating::Inadequate:
        return "Inadequate";
    case Rating::Other:
        break;
    }
    return "Other";
}

std::string_view ratingClassification(Rating rating) {
    switch (rating) {
    case Rating::Good:
        return "met";
    case Rating::Approaching:
        return "slightlyBelow";
    case Rating::RequiresImprovement:
        return "below";
    case Rating::Inadequate:
        return "significantlyBelow";
    case Rating::Other:
        break;
    }
    return "other";
}

SuggestedRating suggestRating(const KpiRecord& kpi, int year) {
    SuggestedRating suggestion{kpi.id, kpi.name, Rating::Other, {}};
    const auto frequency = frequencyOf(kpi.frequency).value_or(Frequency::Quarterly);
    std::vector<std::int64_t> values;
    std::string lastPeriod;
    std::size_t missing = 0;
    for (const auto& figure : kpi.figures) {
        if (financialYearOfPeriod(figure.period, frequency) != year) {
            continue;
        }
        if (!figure.hundredths) {
            ++missing;
            continue;
        }
        values.push_back(*figure.hundredths);
        lastPeriod = figure.period;
    }
    const auto year_ = yearText(year);
    const auto missingWords =
        missing == 0 ? std::string()
                     : " " + count(missing, "period is", "periods are") + " recorded as missing.";
    if (values.empty()) {
        suggestion.explanation =
            "No figures for " + year_ + ": rate it by hand, saying why." + missingWords;
        return suggestion;
    }
    const auto mean = meanOf(values);
    const auto target = targetFor(kpi.targets, lastPeriod);
    const auto figures = "The " + count(values.size(), "figure", "figures") + " for " + year_;
    if (!mean) { // a damaged file's numbers
        suggestion.explanation =
            figures + " are too large to average, so rate it by hand." + missingWords;
        return suggestion;
    }
    const auto average =
        figures + (values.size() == 1 ? " is " : " average ") + valueWords(*mean, kpi.unit);
    if (!target || kpi.polarity == "neither") {
        suggestion.explanation =
            average + ". " +
            (!target ? std::string("The KPI has no target, so rate it by hand.")
                     : std::string("Neither direction is better, so rate it by hand.")) +
            missingWords;
        return suggestion;
    }
    const auto direction = directionOfPolarity(kpi.polarity);
    const auto rag = ragOf(*mean, *target, kpi.tolerance, direction, kpi.unit);
    if (!rag) { // a damaged file's target or tolerance
        suggestion.explanation = average +
                                 ". The target or tolerance cannot be read, so rate it "
                                 "by hand." +
                                 missingWords;
        return suggestion;
    }
    suggestion.explanation = average + ". " + rag->sentence;
    switch (rag->rag) {
    case Rag::Green:
        suggestion.rating = Rating::Good;
        break;
    case Rag::Amber:
        suggestion.rating = Rating::Approaching;
        break;
    case Rag::Red: {
        const bool higherBetter = kpi.polarity != "lower";
        const bool breached =
            kpi.breach && (higherBetter ? *mean < *kpi.breach : *mean > *kpi.breach);
        suggestion.rating = breached ? Rating::Inadequate : Rating::RequiresImprovement;
        if (breached) {
            suggestion.explanation +=
                " It is also " + std::string(higherBetter ? "below" : "above") +
                " the breach threshold of " + valueWords(*kpi.breach, kpi.unit) + ".";
        }
        break;
    }
    }
    suggestion.explanation += missingWords;
    return suggestion;
}

std::vector<ContractPerformance> contractPerformance(storage::Database& db,
                                                     std::string_view today) {
    std::vector<ContractPerformance> contracts;
    std::map<std::int64_t, std::size_t> index;
    auto rows = db.prepare("SELECT c.id, c.name, coalesce(p.name, '') FROM contract c LEFT JOIN "
                           "partner_organisation p ON p.id = c.provider_id ORDER BY c.id");
    while (rows.step()) {
        ContractPerformance contract;
        contract.contractId = rows.int64(0);
        contract.name = rows.text(1);
        contract.provider = rows.text(2);
        index.emplace(contract.contractId, contracts.size());
        contracts.push_back(std::move(contract));
    }
    for (const auto& kpi : readKpis(db)) {
        if (!kpi.contractId) {
            continue;
        }
        auto found = index.find(*kpi.contractId);
        if (found == index.end()) {
            continue;
        }
        auto& contract = contracts[found->second];
        auto status = statusOf(kpi, chartOf(kpi));
        contract.red += status.rag && status.rag->rag == Rag::Red;
        contract.breaches += status.breached;
        contract.kpis.push_back(std::move(status));
    }
    for (auto& contract : contracts) {
        contract.notices = noticesOf(db, contract.contractId, today);
        for (const auto& notice : contract.notices) {
            contract.openNotices += notice.open;
            for (const auto& step : notice.milestones) {
                contract.overdueMilestones += step.state == DeliveryState::Overdue;
            }
        }
        contract.assessments = assessmentsOf(db, contract.contractId);
        contract.sentence = sentenceOf(contract);
    }
    return contracts;
}

std::vector<std::string> performanceAlerts(storage::Database& db, std::string_view today) {
    std::vector<std::string> alerts;
    for (const auto& contract : contractPerformance(db, today)) {
        for (const auto& kpi : contract.kpis) {
            if (kpi.breached) {
                alerts.push_back(util::curlyQuoted(kpi.name) + ", " + contractName(contract.name) +
                                 ": " + kpi.breach);
            }
        }
        for (const auto& notice : contract.notices) {
            for (const auto& step : notice.milestones) {
                if (step.state == DeliveryState::Overdue) {
                    alerts.push_back(contractName(contract.name) +
                                     ", remedial action plan: " + step.sentence);
                }
            }
        }
    }
    return alerts;
}

Outcome<AssessmentPlan> suggestAssessment(storage::Database& db, std::int64_t contractId,
                                          int year) {
    auto contract = db.prepare("SELECT name FROM contract WHERE id = ?1");
    contract.bind(1, contractId);
    if (!contract.step()) {
        return Error{ErrorKind::NotFound, "There is no contract " + std::to_string(contractId) +
                                              " in this project: see the contracts on the "
                                              "Procure page."};
    }
    AssessmentPlan plan;
    plan.contractId = contractId;
    plan.contract = contract.text(0);
    plan.year = year;
    plan.yearText = yearText(year);
    auto existing = db.prepare("SELECT coalesce(assessed_on, '') FROM contract_assessment WHERE "
                               "contract_id = ?1 AND year = ?2 ORDER BY id LIMIT 1");
    existing.bind(1, contractId).bind(2, year);
    if (existing.step()) {
        const auto on = existing.text(0);
        return Error{ErrorKind::Invalid,
                     contractName(plan.contract) + " is already assessed for " + plan.yearText +
                         (on.empty() ? std::string() : " (on " + on + ")") +
                         ": change that assessment's ratings instead, or delete it first."};
    }
    std::vector<Rating> ratings;
    for (const auto& kpi : readKpis(db)) {
        if (kpi.contractId == contractId) {
            plan.ratings.push_back(suggestRating(kpi, year));
            ratings.push_back(plan.ratings.back().rating);
        }
    }
    if (plan.ratings.empty()) {
        return Error{ErrorKind::Invalid, contractName(plan.contract) +
                                             " has no KPIs to assess: add its KPIs under "
                                             "Contracts on the Procure page first."};
    }
    plan.summary = plan.yearText + ": " + ratingCounts(ratings) + ".";
    return plan;
}

Outcome<AssessmentPlan> recordAssessment(project::Project& project, std::int64_t contractId,
                                         int year, std::string_view today) {
    auto plan = project.guarded<Outcome<AssessmentPlan>>([&]() -> Outcome<AssessmentPlan> {
        return suggestAssessment(project.database(), contractId, year);
    });
    if (!plan.ok()) {
        return plan.error();
    }
    const auto& suggested = plan.value();
    auto status = project.edit(
        "Assess " + contractName(suggested.contract) + " for " + suggested.yearText,
        [&](storage::Database& db) {
            const auto assessmentId = project::newId(db, "contract_assessment");
            auto assessment = db.prepare("INSERT INTO contract_assessment (id, contract_id, year, "
                                         "assessed_on, summary) VALUES (?1, ?2, ?3, ?4, ?5)");
            assessment.bind(1, assessmentId)
                .bind(2, contractId)
                .bind(3, year)
                .bind(4, today)
                .bind(5, "Suggested from the figures: " + suggested.summary)
                .run();
            project::IdAllocator ids(db, "kpi_rating");
            auto rating = db.prepare("INSERT INTO kpi_rating (id, assessment_id, kpi_id, rating, "
                                     "explanation) VALUES (?1, ?2, ?3, ?4, ?5)");
            for (const auto& entry : suggested.ratings) {
                rating.reset();
                rating.bind(1, ids.next())
                    .bind(2, assessmentId)
                    .bind(3, entry.kpiId)
                    .bind(4, ratingKey(entry.rating))
                    .bind(5, entry.explanation)
                    .run();
            }
        });
    if (!status.ok()) {
        return status.error();
    }
    return plan;
}

} // namespace jointly::monitoring

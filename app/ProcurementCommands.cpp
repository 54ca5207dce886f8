#include "ProcurementCommands.h"

#include "CommandSupport.h"
#include "ProcurementSupport.h"
#include "procurement/ContractRegister.h"
#include "procurement/PlanFunding.h"
#include "procurement/ProcurementReview.h"
#include "procurement/Routes.h"
#include "procurement/TenderStore.h"
#include "project/Project.h"
#include "quantities/CalendarDate.h"
#include "quantities/FinancialYear.h"
#include "quantities/Money.h"
#include "quantities/WorkingDays.h"
#include "scoring/WeightedScoring.h"
#include "util/Text.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;
using procurement::ProcurementReview;

std::string today() {
    return util::nowUtc().substr(0, 10);
}

Json money(std::int64_t pence) {
    return Json{{"pence", pence}, {"text", quantities::formatPounds(pence)}};
}

Json reviewJson(const ProcurementReview& review) {
    Json json{
        {"id", review.id},
        {"name", review.name},
        {"regime", {{"key", review.regime}, {"text", procurement::regimeLabel(review.regime)}}},
        {"route", {{"key", review.route}, {"text", procurement::routeLabel(review.route)}}},
        {"value", review.valuePence ? money(*review.valuePence) : Json(nullptr)},
        {"valueFromEnvelope", review.valueFromEnvelope},
        {"standstillRequired", procurement::standstillRequired(review.regime, review.route)},
        {"warnings", review.warnings}};
    if (review.change) {
        json["considerableChange"] = {{"recorded", review.change->recorded},
                                      {"considerable", review.change->considerable},
                                      {"explanation", review.change->explanation}};
    }
    json["conflictsAssessmentEntries"] = review.conflictEntries;
    Json milestones = Json::array();
    for (const auto& milestone : review.milestones) {
        Json broken = Json::array();
        for (const auto& rule : review.broken) {
            if (rule.step == milestone.step) {
                broken.push_back(rule.sentence);
            }
        }
        milestones.push_back(
            {{"id", milestone.id},
             {"step", milestone.step},
             {"name", milestone.name},
             {"date", milestone.dueOn.empty() ? Json(nullptr) : Json(milestone.dueOn)},
             {"dateText", milestone.dueOn.empty() ? Json(nullptr)
                                                  : Json(quantities::dateInWords(milestone.dueOn))},
             {"done", milestone.done},
             {"broken", broken}});
    }
    json["milestones"] = milestones;
    Json broken = Json::array();
    for (const auto& rule : review.broken) {
        broken.push_back({{"step", rule.step},
                          {"rule", rule.rule},
                          {"days", rule.days},
                          {"sentence", rule.sentence}});
    }
    json["broken"] = broken;
    return json;
}

Json rankingJson(const procurement::LotResult& lot, const procurement::FormulaRanking& ranking,
                 bool chosen) {
    Json json{{"formula",
               {{"key", procurement::priceFormulaKey(ranking.formula)},
                {"text", procurement::priceFormulaLabel(ranking.formula)}}},
              {"chosen", chosen},
              {"available", ranking.available}};
    if (!ranking.available) {
        json["reason"] = ranking.unavailableReason;
        return json;
    }
    Json ranked = Json::array();
    for (const auto& bid : ranking.ranked) {
        ranked.push_back({{"bid", lot.tender.bids[bid.bid].name},
                          {"points", bid.pointsText},
                          {"rank", bid.rank},
                          {"rankText", bid.rankText}});
    }
    json["ranked"] = ranked;
    Json unranked = Json::array();
    for (const auto& bid : ranking.unranked) {
        unranked.push_back({{"bid", lot.tender.bids[bid.bid].name}, {"reason", bid.reason}});
    }
    json["unranked"] = unranked;
    return json;
}

Json lotJson(const procurement::LotResult& lot) {
    const auto& result = lot.result;
    Json json{{"lot", lot.lotName.empty() ? Json(nullptr) : Json(lot.lotName)},
              {"weights", result.weights.sentence},
              {"split",
               {{"quality", result.qualityBp},
                {"price", result.priceBp},
                {"socialValue", result.socialValueBp}}},
              {"final", result.isFinal},
              {"recommendation", lot.recommendation},
              {"problems", result.problems},
              {"warnings", result.warnings}};
    Json excluded = Json::array();
    for (const auto& bid : result.excluded) {
        excluded.push_back({{"bid", lot.tender.bids[bid.bid].name}, {"reason", bid.reason}});
    }
    json["excluded"] = excluded;
    Json rankings = Json::array();
    for (std::size_t i = 0; i < result.rankings.size(); ++i) {
        rankings.push_back(rankingJson(lot, result.rankings[i], i == 0));
    }
    json["rankings"] = rankings;
    return json;
}

// The name of a bid or criterion by id, from the evaluation's lots.
std::string nameIn(const procurement::Evaluation& evaluation, std::int64_t id, bool bid) {
    for (const auto& lot : evaluation.lots) {
        const auto& ids = bid ? lot.bidIds : lot.criterionIds;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (ids[i] == id) {
                return bid ? lot.tender.bids[i].name : lot.tender.criteria[i].name;
            }
        }
    }
    return {};
}

Json evaluationJson(const procurement::Evaluation& evaluation) {
    Json descriptors = Json::array();
    for (const auto& [score, words] : evaluation.descriptors) {
        descriptors.push_back({{"score", score}, {"text", words}});
    }
    Json panel = Json::array();
    for (const auto& member : evaluation.panel) {
        Json blocked = Json::array();
        for (auto id : member.blockedBids) {
            blocked.push_back(nameIn(evaluation, id, true));
        }
        panel.push_back({{"name", member.name},
                         {"role", member.role},
                         {"declared", member.declared},
                         {"finished", member.finished},
                         {"removed", member.removed},
                         {"removalReason", member.removalReason},
                         {"blockedFor", blocked},
                         {"questionsLeft", member.questionsLeft.size()}});
    }
    Json moderation{{"open", evaluation.moderationOpen},
                    {"closedReason", evaluation.moderationClosedReason},
                    {"complete", evaluation.moderated}};
    // No evaluator sees the others' scores until all have finished.
    if (evaluation.moderationOpen) {
        Json questions = Json::array();
        for (const auto& question : evaluation.questions) {
            Json scores = Json::array();
            for (const auto& score : question.scores) {
                std::string who;
                for (const auto& member : evaluation.panel) {
                    who = member.id == score.evaluatorId ? member.name : who;
                }
                scores.push_back({{"evaluator", who},
                                  {"score", score.score},
                                  {"note", score.note},
                                  {"counted", score.counted},
                                  {"leftOut", score.leftOut}});
            }
            questions.push_back(
                {{"bid", nameIn(evaluation, question.bidId, true)},
                 {"criterion", nameIn(evaluation, question.criterionId, false)},
                 {"scores", scores},
                 {"spread", question.spread},
                 {"spreadFlagged", question.spreadFlagged},
                 {"consensus", question.consensus ? Json(*question.consensus) : Json(nullptr)},
                 {"reason", question.consensusReason}});
        }
        moderation["questions"] = questions;
    }
    Json lots = Json::array();
    for (const auto& lot : evaluation.lots) {
        lots.push_back(lotJson(lot));
    }
    Json summaries = Json::array();
    for (const auto& summary : evaluation.summaries) {
        Json lines = Json::array();
        for (const auto& line : summary.lines) {
            lines.push_back({{"criterion", line.criterion},
                             {"weight", line.weight},
                             {"score", line.score},
                             {"winnerScore", line.winnerScore},
                             {"reason", line.reason}});
        }
        summaries.push_back({{"bid", summary.bid},
                             {"total", summary.total},
                             {"winner", summary.winner},
                             {"winnerTotal", summary.winnerTotal},
                             {"lines", lines}});
    }
    return Json{{"id", evaluation.procurementId},
                {"name", evaluation.procurementName},
                {"scale", {{"max", evaluation.scaleMax}, {"descriptors", descriptors}}},
                {"panel", panel},
                {"moderation", moderation},
                {"resultsWithheld", evaluation.resultsWithheld},
                {"pricesSealed", evaluation.pricesSealed},
                {"sealedReason", evaluation.sealedReason},
                {"lots", lots},
                {"assessmentSummaries", summaries}};
}

Json dateJson(const std::string& date) {
    return date.empty() ? Json(nullptr) : Json(date);
}

// The plan's allocations against the contract, year by year; null when no
// allocation pays for it.
Json planJson(const procurement::PlanFunding* funding) {
    if (funding == nullptr) {
        return nullptr;
    }
    auto optionalMoney = [](const std::optional<std::int64_t>& pence) {
        return pence ? money(*pence) : Json(nullptr);
    };
    Json years = Json::array();
    for (const auto& year : funding->years) {
        Json partners = Json::array();
        for (const auto& partner : year.partners) {
            partners.push_back({{"partner", partner.partner},
                                {"planned", optionalMoney(partner.plannedPence)},
                                {"contract", optionalMoney(partner.contractPence)}});
        }
        years.push_back({{"year", year.year},
                         {"yearText", quantities::formatFinancialYear(
                                          quantities::FinancialYear{static_cast<int>(year.year)})},
                         {"planned", money(year.plannedPence)},
                         {"contract", money(year.contractPence)},
                         {"matches", year.matches()},
                         {"sentence", year.sentence},
                         {"byPartner", partners}});
    }
    return years;
}

Json contractJson(const procurement::ContractSummary& contract,
                  const procurement::PlanFunding* funding) {
    Json funders = Json::array();
    for (const auto& funder : contract.funders) {
        funders.push_back({{"partner", funder.partner},
                           {"share",
                            {{"basisPoints", funder.shareBp},
                             {"text", scoring::formatHundredths(funder.shareBp) + "%"}}}});
    }
    Json years = Json::array();
    for (const auto& year : contract.years) {
        Json split = Json::array();
        for (std::size_t i = 0; i < year.byFunder.size(); ++i) {
            split.push_back(
                {{"partner", contract.funders[i].partner}, {"value", money(year.byFunder[i])}});
        }
        years.push_back({{"year", year.year},
                         {"yearText", quantities::formatFinancialYear(
                                          quantities::FinancialYear{static_cast<int>(year.year)})},
                         {"value", money(year.valuePence)},
                         {"byFunder", split}});
    }
    Json kpis = Json::array();
    for (const auto& kpi : contract.kpis) {
        kpis.push_back({{"name", kpi.name},
                        {"unit", kpi.unit},
                        {"betterWhen", kpi.polarity},
                        {"frequency", kpi.frequency},
                        {"target", kpi.targetHundredths
                                       ? Json(scoring::formatHundredths(*kpi.targetHundredths))
                                       : Json(nullptr)},
                        {"paysIncentive", kpi.paysIncentive}});
    }
    Json alerts = Json::array();
    for (const auto& alert : contract.alerts) {
        alerts.push_back({{"what", alert.what},
                          {"date", alert.date},
                          {"daysAway", alert.daysAway},
                          {"sentence", alert.sentence}});
    }
    Json json{
        {"id", contract.id},
        {"name", contract.name},
        {"provider", contract.provider},
        {"procurement", contract.procurement},
        {"regime",
         contract.regime.empty()
             ? Json(nullptr)
             : Json{{"key", contract.regime}, {"text", procurement::regimeLabel(contract.regime)}}},
        {"route", contract.route.empty() ? Json(nullptr)
                                         : Json{{"key", contract.route},
                                                {"text", procurement::routeLabel(contract.route)}}},
        {"startsOn", dateJson(contract.startsOn)},
        {"endsOn", dateJson(contract.endsOn)},
        {"latestEndOn", dateJson(contract.latestEndOn)},
        {"noticeBy", dateJson(contract.noticeBy)},
        {"extensionDecisionOn", dateJson(contract.extensionDecisionOn)},
        {"paymentBasis", contract.paymentBasis},
        {"total", contract.totalPence ? money(*contract.totalPence) : Json(nullptr)},
        {"atRisk", contract.atRiskPence ? money(*contract.atRiskPence) : Json(nullptr)},
        {"funders", funders},
        {"years", years},
        {"kpis", kpis},
        {"alerts", alerts},
        {"plan", planJson(funding)},
        {"warnings", contract.warnings}};
    return json;
}

} // namespace

int contractsCommand(const Invocation& call) {
    std::optional<int> months;
    if (const auto due = call.value("--due-within")) {
        try {
            std::size_t used = 0;
            months = std::stoi(*due, &used);
            if (used != due->size() || *months < 0 || *months > 120) {
                months.reset();
            }
        } catch (const std::exception&) {
            months.reset();
        }
        if (!months) {
            return fail(call.err, Error{ErrorKind::Invalid,
                                        "\"" + *due +
                                            "\" is not a number of months: give a whole number "
                                            "from 0 to 120, such as 6."});
        }
    }
    const auto date = asAtDate(call);
    if (!date.ok()) {
        return fail(call.err, date.error());
    }
    const auto& asAt = date.value();
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    std::vector<procurement::PlanFunding> funding;
    auto read = project.guarded<Outcome<std::vector<procurement::ContractSummary>>>(
        [&]() -> Outcome<std::vector<procurement::ContractSummary>> {
            funding = procurement::reconcilePlanWithContracts(project.database());
            return procurement::contractRegister(project.database(), asAt, months.value_or(6));
        });
    if (!read.ok()) {
        return fail(call.err, read.error());
    }
    Json list = Json::array();
    for (const auto& contract : read.value()) {
        const procurement::PlanFunding* planned = nullptr;
        for (const auto& each : funding) {
            if (each.contractId == contract.id) {
                planned = &each;
            }
        }
        if (!months || !contract.alerts.empty()) {
            list.push_back(contractJson(contract, planned));
        }
    }
    call.out << Json{{"contracts", list}}.dump(2, ' ', false, Json::error_handler_t::replace)
             << "\n";
    return kOk;
}

int evaluationCommand(const Invocation& call) {
    const auto name = call.value("--procurement");
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto read = reviewsOf(project);
    if (!read.ok()) {
        return fail(call.err, read.error());
    }
    Json list = Json::array();
    for (const auto& review : read.value()) {
        if (name && review.name != *name) {
            continue;
        }
        auto evaluation = project.guarded<Outcome<procurement::Evaluation>>(
            [&] { return procurement::loadEvaluation(project.database(), review.id); });
        if (!evaluation.ok()) {
            return fail(call.err, evaluation.error());
        }
        list.push_back(evaluationJson(evaluation.value()));
    }
    if (name && list.empty()) {
        return fail(call.err, noSuchProcurement(*name, read.value()));
    }
    call.out << Json{{"procurements", list}}.dump(2, ' ', false, Json::error_handler_t::replace)
             << "\n";
    return kOk;
}

int timelineCommand(const Invocation& call) {
    const auto name = call.value("--procurement");
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto read = reviewsOf(project);
    if (!read.ok()) {
        return fail(call.err, read.error());
    }
    const auto& reviews = read.value();
    Json list = Json::array();
    for (const auto& review : reviews) {
        if (!name || review.name == *name) {
            list.push_back(reviewJson(review));
        }
    }
    if (name && list.empty()) {
        return fail(call.err, noSuchProcurement(*name, reviews));
    }
    call.out << Json{{"procurements", list}}.dump(2, ' ', false, Json::error_handler_t::replace)
             << "\n";
    return kOk;
}

int planTimelineCommand(const Invocation& call) {
    const auto name = *call.value("--procurement");
    const auto from = quantities::readDate(*call.value("--from"));
    if (!from) {
        return fail(call.err,
                    Error{ErrorKind::Invalid, "\"" + *call.value("--from") +
                                                  "\" is not a date: write it as 2026-04-01 or "
                                                  "1/4/2026. Nothing was changed."});
    }
    auto opened = openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto read = reviewsOf(project);
    if (!read.ok()) {
        return fail(call.err, read.error());
    }
    const auto& reviews = read.value();
    std::vector<std::int64_t> matching;
    for (const auto& review : reviews) {
        if (review.name == name) {
            matching.push_back(review.id);
        }
    }
    if (matching.empty()) {
        return fail(call.err, noSuchProcurement(name, reviews));
    }
    if (matching.size() > 1) {
        return fail(call.err,
                    Error{ErrorKind::Invalid, std::to_string(matching.size()) +
                                                  " procurements are called \"" + name +
                                                  "\". Rename one (jointly set FILE procurement ID "
                                                  "name=...) and try again. Nothing was changed."});
    }
    auto status = procurement::planMilestones(project, matching.front(), *from);
    if (!status.ok()) {
        return fail(call.err, status.error());
    }
    auto review = procurement::reviewProcurement(project.database(), matching.front(), today());
    call.out << "Laid out " << review->milestones.size() << " milestones of "
             << util::curlyQuoted(review->name) << " from " << quantities::dateInWords(*from)
             << ".\n";
    return kOk;
}

} // namespace jointly::app

#include "PlanningCommands.h"

#include "CommandSupport.h"
#include "Outcome.h"
#include "planning/PlanStore.h"
#include "planning/SavingsSplit.h"
#include "project/Project.h"
#include "quantities/Money.h"
#include "quantities/Share.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;
using namespace planning;

// Whole pence, and the same amount as the user reads it.
Json money(std::int64_t pence) {
    return Json{{"pence", pence}, {"text", quantities::formatPounds(pence)}};
}

// Basis points of 100%, and the same as a percentage: 2550, "25.50%".
Json share(std::int64_t basisPoints) {
    return Json{{"basisPoints", basisPoints}, {"text", quantities::formatBasisPoints(basisPoints)}};
}

void print(std::ostream& out, const Json& json) {
    // A name that is not valid UTF-8 is printed with U+FFFD rather than failing.
    out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

// --- appraisal -------------------------------------------------------------

std::string outcomeName(ShiftOutcome outcome) {
    switch (outcome) {
    case ShiftOutcome::ChangesTop:
        return "changes the top option";
    case ShiftOutcome::Robust:
        return "robust";
    default:
        return "not possible";
    }
}

std::string stateName(SensitivityState state) {
    switch (state) {
    case SensitivityState::Analysed:
        return "analysed";
    case SensitivityState::WeightsNotExact:
        return "weights not exact";
    case SensitivityState::TooFewOptions:
        return "too few options";
    default:
        return "top already tied";
    }
}

Json optionNames(const Appraisal& appraisal, const std::vector<std::size_t>& options) {
    Json names = Json::array();
    for (auto option : options) {
        names.push_back(appraisal.options[option].name);
    }
    return names;
}

Json shiftJson(const Appraisal& appraisal, const WeightShift& shift) {
    Json json{{"outcome", outcomeName(shift.outcome)}};
    if (shift.outcome == ShiftOutcome::ChangesTop) {
        json["points"] = {{"numerator", shift.points.numerator},
                          {"denominator", shift.points.denominator},
                          {"basisPoints", shift.pointsBp},
                          {"text", shift.pointsText}};
        json["weightAt"] = share(shift.weightAtBp);
        json["newTop"] = optionNames(appraisal, shift.newTop);
    }
    json["sentence"] = shift.sentence;
    return json;
}

Json resultJson(const LoadedAppraisal& loaded, const AppraisalResult& result) {
    const auto& appraisal = loaded.appraisal;
    const auto& ranking = result.ranking;
    Json json;
    Json options = Json::array();
    for (const auto& ranked : ranking.ranked) {
        options.push_back({{"id", loaded.optionIds[ranked.option]},
                           {"name", appraisal.options[ranked.option].name},
                           {"doNothing", appraisal.options[ranked.option].doNothing},
                           {"total", ranked.total},
                           {"totalText", ranked.totalText},
                           {"rank", ranked.rank},
                           {"rankText", ranked.rankText},
                           {"tied", ranked.tied}});
    }
    json["options"] = options;
    Json unranked = Json::array();
    for (const auto& left : ranking.unranked) {
        unranked.push_back({{"id", loaded.optionIds[left.option]},
                            {"name", appraisal.options[left.option].name},
                            {"reason", left.reason}});
    }
    json["unranked"] = unranked;
    json["isFinal"] = ranking.isFinal;
    json["notFinalReason"] = ranking.notFinalReason;

    const auto& sensitivity = result.sensitivity;
    Json criteria = Json::array();
    for (const auto& criterion : sensitivity.criteria) {
        criteria.push_back({{"criterion", appraisal.criteria[criterion.criterion].name},
                            {"weight", share(criterion.weightBp)},
                            {"rise", shiftJson(appraisal, criterion.rise)},
                            {"fall", shiftJson(appraisal, criterion.fall)}});
    }
    json["sensitivity"] = {{"state", stateName(sensitivity.state)},
                           {"top", optionNames(appraisal, sensitivity.top)},
                           {"reason", sensitivity.reason},
                           {"criteria", criteria}};

    Json contributions = Json::array();
    auto parts = contributionsByCriterion(appraisal);
    for (const auto& option : parts.ok() ? parts.value() : std::vector<OptionContributions>{}) {
        Json byCriterion = Json::array();
        for (std::size_t c = 0; c < option.byCriterion.size(); ++c) {
            const auto& part = option.byCriterion[c];
            byCriterion.push_back({{"criterion", appraisal.criteria[c].name},
                                   {"weighted", part ? Json(*part) : Json(nullptr)},
                                   {"text", part ? Json(formatTotal(*part)) : Json(nullptr)}});
        }
        contributions.push_back(
            {{"option", appraisal.options[option.option].name}, {"byCriterion", byCriterion}});
    }
    json["contributionsByCriterion"] = contributions;
    return json;
}

Json appraisalJson(const LoadedAppraisal& loaded) {
    const auto& appraisal = loaded.appraisal;
    Json json{{"id", loaded.summary.id},
              {"priority", loaded.summary.priorityName},
              {"priorityId", loaded.summary.priorityId},
              {"name", loaded.summary.name},
              {"scale", {{"min", appraisal.scale.min}, {"max", appraisal.scale.max}}}};
    Json criteria = Json::array();
    for (std::size_t c = 0; c < appraisal.criteria.size(); ++c) {
        criteria.push_back({{"id", loaded.criterionIds[c]},
                            {"name", appraisal.criteria[c].name},
                            {"weight", share(appraisal.criteria[c].weightBp)}});
    }
    json["criteria"] = criteria;
    const auto weights = checkWeights(appraisal.criteria);
    json["weights"] = {{"total", share(weights.totalBp)},
                       {"exact", weights.exact},
                       {"sentence", weights.sentence}};
    auto result = appraise(appraisal);
    if (!result.ok()) {
        // Scores the calculations cannot take (say, left off a narrowed
        // scale): say why instead of ranking.
        json["problem"] = result.error().message;
        return json;
    }
    json.update(resultJson(loaded, result.value()));
    return json;
}

// "A", "A and B", "A, B and C", each in quotes.
std::string quotedList(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        text += i == 0 ? "" : (i + 1 == names.size() ? " and " : ", ");
        text += "\"" + names[i] + "\"";
    }
    return text;
}

// --- pbma ------------------------------------------------------------------

Json proposalJson(const Proposal& proposal, std::size_t rank) {
    Json json;
    if (rank > 0) {
        json["rank"] = rank;
    }
    json["id"] = proposal.id;
    json["name"] = proposal.name;
    json["kind"] = proposal.kind == ProposalKind::Invest ? "invest" : "disinvest";
    json["tier"] = tierName(proposal.tier);
    json["careGroupId"] = proposal.careGroupId;
    json["amount"] = money(proposal.amountPence);
    json["benefit"] = proposal.benefit;
    return json;
}

Json proposalsJson(const std::vector<Proposal>& proposals, bool ranked) {
    Json list = Json::array();
    for (std::size_t i = 0; i < proposals.size(); ++i) {
        list.push_back(proposalJson(proposals[i], ranked ? i + 1 : 0));
    }
    return list;
}

Json balanceJson(const TierBalance& balance) {
    Json tiers = Json::array();
    for (std::size_t i = 0; i < kTierCount; ++i) {
        tiers.push_back({{"tier", tierName(static_cast<Tier>(i))},
                         {"spend", money(balance.pence[i])},
                         {"share", balance.shareBasisPoints ? share((*balance.shareBasisPoints)[i])
                                                            : Json(nullptr)}});
    }
    return {{"tiers", tiers}, {"total", money(balance.totalPence)}, {"note", balance.note}};
}

} // namespace

std::optional<std::int64_t> parsePercentBasisPoints(std::string_view text) {
    if (text.ends_with('%')) {
        text.remove_suffix(1);
    }
    const bool negative = text.starts_with('-');
    if (negative || text.starts_with('+')) {
        text.remove_prefix(1);
    }
    const auto point = text.find('.');
    const auto whole = text.substr(0, point);
    const auto fraction =
        point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    // Twelve digits of whole percent is far beyond any budget change and
    // keeps the arithmetic well inside 64 bits.
    if (whole.empty() || whole.size() > 12 || fraction.size() > 2 ||
        (point != std::string_view::npos && fraction.empty())) {
        return std::nullopt;
    }
    std::int64_t basisPoints = 0;
    for (char c : whole) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        basisPoints = basisPoints * 10 + (c - '0');
    }
    for (std::size_t i = 0; i < 2; ++i) {
        const char c = i < fraction.size() ? fraction[i] : '0';
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        basisPoints = basisPoints * 10 + (c - '0');
    }
    return negative ? -basisPoints : basisPoints;
}

int appraisalCommand(const Invocation& call) {
    auto& out = call.out;
    auto& err = call.err;
    const auto priority = call.value("--priority");
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    auto& db = opened.value()->database();
    const auto all = listAppraisals(db);
    std::vector<std::string> priorities;
    Json list = Json::array();
    for (const auto& summary : all) {
        if (std::find(priorities.begin(), priorities.end(), summary.priorityName) ==
            priorities.end()) {
            priorities.push_back(summary.priorityName);
        }
        if (priority && summary.priorityName != *priority) {
            continue;
        }
        auto loaded = loadAppraisal(db, summary.id);
        if (!loaded.ok()) {
            return fail(err, loaded.error());
        }
        list.push_back(appraisalJson(loaded.value()));
    }
    if (priority && list.empty()) {
        return fail(
            err,
            Error{ErrorKind::Invalid,
                  "No options appraisal is for a priority called \"" + *priority + "\". " +
                      (priorities.empty() ? std::string("No priority has an options appraisal yet.")
                                          : "The priorities with an options appraisal are " +
                                                quotedList(priorities) + ".")});
    }
    print(out, Json{{"appraisals", list}});
    return kOk;
}

int pbmaCommand(const Invocation& call) {
    auto& out = call.out;
    auto& err = call.err;
    const auto change = call.value("--budget-change");
    const auto basisPoints = parsePercentBasisPoints(*change);
    if (!basisPoints) {
        return fail(err, Error{ErrorKind::Invalid,
                               "\"" + *change +
                                   "\" is not a percentage. Write the change like 2.5, -10 or "
                                   "+5%, with at most two decimals."});
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    auto& db = opened.value()->database();
    const auto year = baseYear(db);
    auto base = loadReconciliation(db, year);
    if (!base.ok()) {
        return fail(err, base.error());
    }
    const auto proposals = loadProposals(db);
    auto investments = rankInvestments(proposals);
    auto disinvestments = rankDisinvestments(proposals);
    auto scenario = whatIfBudgetChanges(proposals, base.value().contributedPence, *basisPoints,
                                        allocatedByTier(db, year));
    if (!investments.ok() || !disinvestments.ok() || !scenario.ok()) {
        return fail(err, !investments.ok()      ? investments.error()
                         : !disinvestments.ok() ? disinvestments.error()
                                                : scenario.error());
    }
    const auto& s = scenario.value();
    Json json{{"baseYear", quantities::formatFinancialYear(year)},
              {"base", money(s.basePence)},
              {"change", share(s.changeBasisPoints)},
              {"changeAmount", money(s.changePence)},
              {"rankedInvestments", proposalsJson(investments.value(), true)},
              {"rankedDisinvestments", proposalsJson(disinvestments.value(), true)},
              {"funded", proposalsJson(s.funded, false)},
              {"unfunded", proposalsJson(s.unfunded, false)},
              {"fundedTotal", money(s.fundedPence)},
              {"unspent", money(s.unspentPence)},
              {"disinvestments", proposalsJson(s.disinvestments, false)},
              {"notNeeded", proposalsJson(s.notNeeded, false)},
              {"cut", money(s.cutPence)},
              {"saved", money(s.savedPence)},
              {"cutMet", s.cutMet},
              {"cutExceededBy", money(s.cutExceededByPence)},
              {"cutShortBy", money(s.cutShortByPence)},
              {"tierBalance", {{"before", balanceJson(s.before)}, {"after", balanceJson(s.after)}}},
              {"sentence", s.sentence}};
    print(out, json);
    return kOk;
}

int budgetCommand(const Invocation& call) {
    auto& out = call.out;
    auto& err = call.err;
    const auto yearText = call.value("--year");
    auto year = quantities::parseFinancialYear(*yearText);
    if (!year.ok()) {
        return fail(err, year.error());
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(err, opened.error());
    }
    auto& db = opened.value()->database();
    auto loaded = loadReconciliation(db, year.value());
    if (!loaded.ok()) {
        return fail(err, loaded.error());
    }
    const auto& r = loaded.value();
    Json partners = Json::array();
    for (const auto& partner : r.partners) {
        partners.push_back({{"id", partner.partnerId},
                            {"name", partner.partnerName},
                            {"pooled", money(partner.pooledPence)},
                            {"aligned", money(partner.alignedPence)},
                            {"total", money(partner.totalPence)}});
    }
    Json json{{"year", quantities::formatFinancialYear(r.year)},
              {"partners", partners},
              {"pooled", money(r.pooledPence)},
              {"aligned", money(r.alignedPence)},
              {"contributed", money(r.contributedPence)},
              {"allocated", money(r.allocatedPence)},
              {"balance", money(r.balancePence)},
              {"shortfall", money(r.shortfallPence())},
              {"headroom", money(r.headroomPence())},
              {"sentence", r.sentence},
              {"forecast", nullptr}};
    if (const auto variance = forecastVariance(db, r.year)) {
        const auto rule = loadRiskShareRule(db);
        Json fixed = Json::array();
        for (const auto& fixedShare : rule.fixedShares) {
            fixed.push_back({{"partnerId", fixedShare.partnerId},
                             {"partnerName", fixedShare.partnerName},
                             {"share", share(fixedShare.basisPoints)}});
        }
        Json forecast{
            {"variance", money(*variance)},
            {"riskShare", rule.kind == RiskShareKind::Fixed
                              ? Json{{"rule", "fixed"}, {"fixedShares", fixed}}
                              : Json{{"rule", "proportional"}, {"basis", "all contributions"}}}};
        Json shares = Json::array();
        auto portions = shareVariance(*variance, rule, r);
        if (portions.ok()) {
            for (const auto& portion : portions.value()) {
                shares.push_back({{"partnerId", portion.partnerId},
                                  {"partnerName", portion.partnerName},
                                  {"amount", money(portion.pence)},
                                  {"sentence", describePortion(portion, *variance, r.year)}});
            }
        }
        forecast["shares"] = shares;
        // Why the rule could not be applied, such as fixed shares that do not
        // add up to 100%; empty when it was.
        forecast["problem"] = portions.ok() ? std::string() : portions.error().message;
        json["forecast"] = forecast;
    }
    // The year's savings: planned against the targets, and each partner's part.
    if (auto savings = loadSavingsSplit(db, r.year); savings.ok()) {
        const auto& split = savings.value();
        Json parts = Json::array();
        for (const auto& partner : split.partners) {
            parts.push_back({{"partnerId", partner.partnerId},
                             {"partnerName", partner.partnerName},
                             {"joint", money(partner.jointPence)},
                             {"own", money(partner.ownPence)},
                             {"total", money(partner.totalPence)}});
        }
        json["savings"] = Json{{"sharingRule", split.rule},
                               {"target", money(split.targetPence)},
                               {"planned", money(split.plannedPence)},
                               {"realised", money(split.realisedPence)},
                               {"joint", money(split.jointPence)},
                               {"unassigned", money(split.unassignedPence)},
                               {"partners", parts},
                               {"sentence", split.sentence},
                               {"problem", split.problem}};
    } else {
        json["savings"] = Json{{"problem", savings.error().message}};
    }
    print(out, json);
    return kOk;
}

} // namespace jointly::app

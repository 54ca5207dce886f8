#include "procurement/Routes.h"

#include <string>

namespace jointly::procurement {

namespace {

// The names of the steps, in one place so every route says them alike.
struct StepWords {
    std::string_view step;
    std::string_view name;
};

const StepWords kStepWords[] = {
    {"market_engagement", "Preliminary market engagement"},
    {"uk2", "Preliminary market engagement notice (UK2)"},
    {"uk3", "Planned procurement notice (UK3)"},
    {"uk4", "Tender notice (UK4)"},
    {"uk5", "Transparency notice (UK5)"},
    {"psr_contract_notice", "Contract notice (PSR competitive process)"},
    {"invitation", "Invitation to tender"},
    {"participation_deadline", "Participation deadline"},
    {"clarification_deadline", "Clarification deadline"},
    {"tender_deadline", "Tender deadline"},
    {"provider_assessment", "Provider assessed against the key criteria"},
    {"evaluation", "Evaluation"},
    {"moderation", "Moderation"},
    {"award_decision", "Award decision"},
    {"assessment_summaries", "Assessment summaries sent to bidders"},
    {"uk6", "Contract award notice (UK6)"},
    {"psr_intention", "Notice of intention to award (PSR)"},
    {"standstill_end", "Standstill ends"},
    {"signature", "Contract signed"},
    {"uk7", "Contract details notice (UK7)"},
    {"psr_award_notice", "Award notice (PSR)"},
    {"mobilisation", "Mobilisation"},
    {"service_start", "Service starts"},
};

RouteStep step(std::string_view key, int days) {
    return RouteStep{key, stepName(key), days};
}

RouteStep named(std::string_view key, std::string_view name, int days) {
    return RouteStep{key, name, days};
}

// The tail every Act route shares after its award decision: summaries to
// the bidders, the award notice and its standstill, the contract, and the
// contract details notice.
// A direct award has no bidders to send assessment summaries to.
enum class Bidders { Compete, None };

std::vector<RouteStep> actAward(std::vector<RouteStep> steps, Bidders bidders = Bidders::Compete) {
    const bool competed = bidders == Bidders::Compete;
    if (competed) {
        steps.push_back(step("assessment_summaries", 3));
    }
    for (auto each :
         {step("uk6", competed ? 0 : 14), step("standstill_end", 0), step("signature", 0),
          step("uk7", 14), step("mobilisation", 1), step("service_start", 90)}) {
        steps.push_back(each);
    }
    return steps;
}

// The PSR's tail after its award decision: the notice of intention to
// award, the standstill, the contract and the award notice.
std::vector<RouteStep> psrAward(std::vector<RouteStep> steps) {
    for (auto each :
         {step("psr_intention", 3), step("standstill_end", 0), step("signature", 0),
          step("psr_award_notice", 14), step("mobilisation", 1), step("service_start", 90)}) {
        steps.push_back(each);
    }
    return steps;
}

const std::vector<Route>& allRoutes() {
    static const std::vector<Route> routes = {
        {"open", "Open procedure", RouteFamily::Act, "open",
         actAward({step("market_engagement", 0), step("uk2", 14), step("uk4", 42),
                   step("clarification_deadline", 18), step("tender_deadline", 12),
                   step("evaluation", 14), step("moderation", 7), step("award_decision", 7)})},
        {"competitive_flexible", "Competitive flexible procedure", RouteFamily::Act, "selective",
         actAward({step("market_engagement", 0), step("uk2", 14), step("uk4", 42),
                   step("participation_deadline", 30), step("invitation", 14),
                   step("clarification_deadline", 18), step("tender_deadline", 12),
                   step("evaluation", 14), step("moderation", 7), step("award_decision", 7)})},
        {"direct_award", "Direct award", RouteFamily::Act, "direct",
         actAward({step("award_decision", 0), step("uk5", 7)}, Bidders::None)},
        {"framework_call_off", "Award under framework", RouteFamily::Act, "selective",
         actAward({named("invitation", "Call-off invitation to framework suppliers", 0),
                   step("clarification_deadline", 7), step("tender_deadline", 7),
                   step("evaluation", 7), step("award_decision", 7)})},
        {"dynamic_market", "Competition among dynamic market members", RouteFamily::Act,
         "selective",
         actAward({step("uk4", 0), step("clarification_deadline", 18), step("tender_deadline", 12),
                   step("evaluation", 14), step("moderation", 7), step("award_decision", 7)})},
        {"psr_direct_a",
         "Direct award process A",
         RouteFamily::Psr,
         "direct",
         {step("award_decision", 0), step("signature", 14), step("psr_award_notice", 14),
          step("mobilisation", 1), step("service_start", 30)}},
        {"psr_direct_b",
         "Direct award process B",
         RouteFamily::Psr,
         "direct",
         {step("award_decision", 0), step("signature", 14), step("psr_award_notice", 14),
          step("mobilisation", 1), step("service_start", 30)}},
        {"psr_direct_c", "Direct award process C", RouteFamily::Psr, "direct",
         psrAward({step("provider_assessment", 0), step("award_decision", 14)})},
        {"psr_most_suitable", "Most suitable provider process", RouteFamily::Psr, "limited",
         psrAward({step("market_engagement", 0), step("provider_assessment", 28),
                   step("award_decision", 14)})},
        {"psr_competitive", "Competitive process", RouteFamily::Psr, "selective",
         psrAward({step("market_engagement", 0), step("psr_contract_notice", 42),
                   step("clarification_deadline", 18), step("tender_deadline", 12),
                   step("evaluation", 14), step("moderation", 7), step("award_decision", 7)})},
        {"grant",
         "Grant",
         RouteFamily::Either,
         "open",
         {named("invitation", "Invitation to apply", 0),
          named("tender_deadline", "Application deadline", 28), step("evaluation", 14),
          step("award_decision", 7), named("signature", "Grant agreement signed", 14),
          step("mobilisation", 1), step("service_start", 30)}},
        {"in_house",
         "Provided in-house",
         RouteFamily::Either,
         "direct",
         {named("award_decision", "Decision to provide the service in-house", 0),
          step("mobilisation", 30), step("service_start", 60)}},
    };
    return routes;
}

} // namespace

const std::vector<records::ChoiceOption>& regimeChoices() {
    static const std::vector<records::ChoiceOption> choices = {
        {"psr", "NHS Provider Selection Regime"},
        {"act", "Procurement Act 2023"},
        {"act_light_touch", "Procurement Act 2023, light touch"},
        {"below_threshold", "Below threshold"},
        {"none", "No procurement regime (grant or in-house)"},
    };
    return choices;
}

const std::vector<records::ChoiceOption>& routeChoices() {
    static const std::vector<records::ChoiceOption> choices = [] {
        std::vector<records::ChoiceOption> list;
        for (const auto& route : allRoutes()) {
            list.push_back({route.key, route.label});
        }
        return list;
    }();
    return choices;
}

const std::vector<records::ChoiceOption>& stepChoices() {
    static const std::vector<records::ChoiceOption> choices = [] {
        std::vector<records::ChoiceOption> list;
        for (const auto& words : kStepWords) {
            list.push_back({words.step, words.name});
        }
        list.push_back({"other", "Other"});
        return list;
    }();
    return choices;
}

std::span<const Route> routes() {
    return allRoutes();
}

const Route* findRoute(std::string_view key) {
    for (const auto& route : allRoutes()) {
        if (route.key == key) {
            return &route;
        }
    }
    return nullptr;
}

std::string_view stepName(std::string_view step) {
    for (const auto& words : kStepWords) {
        if (words.step == step) {
            return words.name;
        }
    }
    return step;
}

std::string_view regimeLabel(std::string_view regime) {
    for (const auto& choice : regimeChoices()) {
        if (choice.key == regime) {
            return choice.label;
        }
    }
    return regime;
}

std::string_view routeLabel(std::string_view route) {
    const auto* found = findRoute(route);
    return found ? found->label : route;
}

std::optional<std::string> routeMismatch(std::string_view regime, std::string_view route) {
    const auto* found = findRoute(route);
    if (!found || found->family == RouteFamily::Either) {
        return std::nullopt;
    }
    const bool psr = regime == "psr";
    if (found->family == RouteFamily::Psr && !psr) {
        return std::string(found->label) +
               " is a route of the NHS Provider Selection Regime, but this procurement is "
               "under " +
               std::string(regimeLabel(regime)) + ". Choose the PSR, or a route of the regime.";
    }
    if (found->family == RouteFamily::Act && psr) {
        return std::string(found->label) +
               " is a route of the Procurement Act 2023, but this procurement is under the NHS "
               "Provider Selection Regime. Choose direct award A, B or C, the most suitable "
               "provider process or the competitive process.";
    }
    if (regime == "none") {
        return std::string(found->label) +
               " is a procurement route, but this procurement is marked as under no regime. "
               "Choose the regime it falls under.";
    }
    return std::nullopt;
}

bool standstillRequired(std::string_view regime, std::string_view route) {
    if (regime == "act") {
        return route == "open" || route == "competitive_flexible" || route == "direct_award" ||
               route == "dynamic_market";
    }
    if (regime == "psr") {
        return route == "psr_direct_c" || route == "psr_most_suitable" ||
               route == "psr_competitive";
    }
    return false;
}

bool needsConflictsAssessment(std::string_view step) {
    return step == "uk4" || step == "uk5" || step == "psr_contract_notice" ||
           step == "psr_intention";
}

} // namespace jointly::procurement

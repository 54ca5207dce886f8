#pragma once

#include "records/RecordKind.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

// The regimes a partnership's procurement can fall under in England, the
// routes each offers, and the milestones each route passes through in order
// (../shared/research/procurement.md, sections 1-3).
namespace jointly::procurement {

// The regimes, as stored (procurement.regime) and shown.
const std::vector<records::ChoiceOption>& regimeChoices();
// The routes, as stored (procurement.route) and shown.
const std::vector<records::ChoiceOption>& routeChoices();

// The steps a milestone can be, as stored (procurement_milestone.step) and
// shown, with "other" for a milestone of the user's own.
const std::vector<records::ChoiceOption>& stepChoices();

// Which regime a route belongs to: the Procurement Act 2023 (its routes are
// also used below threshold), the Provider Selection Regime, or either (a
// grant, a service kept in-house).
enum class RouteFamily { Act, Psr, Either };

// One milestone of a route: the step's key (procurement_milestone.step), its
// name, and how many days after the milestone before it the timeline puts it
// by default. The standstill's end is worked out from the award notice, and
// the signature falls on the next working day after it, whatever the days
// say.
struct RouteStep {
    std::string_view step;
    std::string_view name;
    int daysAfterPrevious = 0;
};

struct Route {
    std::string_view key;
    std::string_view label; // "Open procedure", as Find a Tender names it
    RouteFamily family;
    std::string_view ocdsMethod;  // OCDS procurementMethod: open, selective, limited, direct
    std::vector<RouteStep> steps; // in the order the route takes them
};

// Every route, in the order of routeChoices().
std::span<const Route> routes();
// The route with this key, or nullptr.
const Route* findRoute(std::string_view key);

// The name of a step ("Tender notice (UK4)"); the key itself for one Jointly
// does not know (an "other" milestone the user added).
std::string_view stepName(std::string_view step);

// The words for a stored regime or route key: "NHS Provider Selection
// Regime", "Open procedure".
std::string_view regimeLabel(std::string_view regime);
std::string_view routeLabel(std::string_view route);

// Whether the route belongs to the regime; when it does not, the sentence
// saying so ("Direct award C is a route of the Provider Selection Regime, but
// this procurement is under the Procurement Act 2023.").
std::optional<std::string> routeMismatch(std::string_view regime, std::string_view route);

// Whether the law requires a standstill before the contract is entered into
// under this regime and route: the Act's competitive procedures and direct
// awards (s.51) but not its light-touch contracts or framework call-offs,
// where it is voluntary; the PSR's direct award C, most suitable provider
// and competitive process, but not direct awards A and B.
bool standstillRequired(std::string_view regime, std::string_view route);

// The steps whose notice may not be published, nor the milestone marked
// done, before the procurement's conflicts assessment is written (the Act's
// s.83: before the tender or transparency notice; the PSR's records of
// conflicts before its contract notice or notice of intention to award).
bool needsConflictsAssessment(std::string_view step);

} // namespace jointly::procurement

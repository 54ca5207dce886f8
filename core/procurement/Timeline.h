#pragma once

#include "Outcome.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// A procurement's timeline: its route's milestones laid out from a first
// date, and the statutory minimums checked against the dates as they stand
// after the user has moved them (../shared/research/procurement.md,
// sections 2 and 3).
namespace jointly::procurement {

struct Milestone {
    std::int64_t id = 0; // 0 for one only planned, not yet kept
    std::string step;    // procurement_milestone.step: "uk4", "tender_deadline", "other"
    std::string name;
    std::string dueOn; // YYYY-MM-DD, or empty when not dated
    bool done = false;
};

// A minimum or an order the dates break: the milestone that breaks it, the
// rule's short name ("tender period"), by how many days, and the sentence
// saying which rule and what date would keep it.
struct BrokenRule {
    std::string step;
    std::string rule;
    long days = 0;
    std::string sentence;
};

// The route's milestones in order, dated from `firstDate` by the route's
// default spacing, each moved on to the next working day when it falls on
// a weekend or bank holiday, with the standstill's end worked out from the award
// notice as the regime counts it (8 working days) and the contract signed on
// the next working day after it. Every minimum holds in what it returns.
// Refuses an unknown route, a first date that is not one, or dates beyond
// the bank holidays Jointly knows.
Outcome<std::vector<Milestone>> planTimeline(std::string_view regime, std::string_view route,
                                             std::string_view firstDate);

// Every rule the milestones' dates break, in the order of the route: a
// milestone dated before the one the route puts before it; an open
// procedure's tender period under 25 days from the tender notice (10 after a
// planned procurement notice published 40 days to a year before it), and a
// competitive flexible procedure's participation and tendering periods
// likewise (Act s.54; none for light-touch or below-threshold contracts); a
// standstill ending before 8 working days (Act s.51 from the day of the
// award notice; the PSR from the day after the notice of intention); a
// contract signed before the standstill has ended; a contract details notice
// (UK7) more than 30 days after the contract is entered into (120 for a
// light-touch contract); a PSR award notice more than 30 days after the award.
// Milestones without a date, and those of steps the route does not take, are
// left out of the checks.
std::vector<BrokenRule> checkTimeline(std::string_view regime, std::string_view route,
                                      const std::vector<Milestone>& milestones);

} // namespace jointly::procurement

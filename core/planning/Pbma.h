#pragma once

#include "Outcome.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Programme budgeting and marginal analysis (PBMA): proposals to invest or
// disinvest, ranked by benefit per pound, and what a rise or fall in the
// budget would fund or cut. Pure functions of their arguments; nothing here
// touches a project file. All money is whole pence; no step divides money.
namespace jointly::planning {

enum class ProposalKind { Invest, Disinvest };

// The three tiers of care the balance of spend is reported across.
enum class Tier { Prevention = 0, EarlyIntervention = 1, Intensive = 2 };
inline constexpr std::size_t kTierCount = 3;

// "Prevention", "Early intervention", "Intensive".
std::string tierName(Tier tier);

struct Proposal {
    std::int64_t id = 0; // unique among the proposals; the last tie-break
    std::string name;
    ProposalKind kind = ProposalKind::Invest;
    std::int64_t careGroupId = 0;
    Tier tier = Tier::Prevention;
    // The cost per year of an investment, or the saving per year of a
    // disinvestment, in pence; always more than zero.
    std::int64_t amountPence = 0;
    // The benefit score gained by investing, or lost by disinvesting.
    std::int64_t benefit = 0;
};

// Checks what every function below relies on: each amount is more than
// zero, no two proposals share an id, and the amounts added together fit
// in 64 bits. A sentence naming the first proposal at fault otherwise.
Status checkProposals(const std::vector<Proposal>& proposals);

// The investments among the proposals, best value first: highest benefit
// per pound of cost. Equal value goes to the larger benefit, then the
// smaller id. Ratios are compared by cross-multiplying in 128 bits
// (a.benefit x b.cost against b.benefit x a.cost), never by dividing.
Outcome<std::vector<Proposal>> rankInvestments(const std::vector<Proposal>& proposals);

// The disinvestments among the proposals, least harm first: lowest benefit
// lost per pound saved. Equal value goes to the larger benefit, then the
// smaller id. Compared by cross-multiplying, like investments.
Outcome<std::vector<Proposal>> rankDisinvestments(const std::vector<Proposal>& proposals);

// The change in pounds of a change of changeBasisPoints (250 is 2.50%,
// -1000 is -10.00%) in a budget of basePence: basePence x changeBasisPoints
// / 10,000, rounded to the nearest penny, with an exact half penny rounded
// away from zero (£123.45 x 2.50% = £3.08625 -> £3.09; x -2.50% -> -£3.09).
// Refuses, with a sentence, a negative base, a fall of more than 100%, and
// a change too large to hold.
Outcome<std::int64_t> budgetChangePence(std::int64_t basePence, std::int64_t changeBasisPoints);

// Spend per tier in pence, indexed by Tier.
using TierSpend = std::array<std::int64_t, kTierCount>;

struct TierBalance {
    TierSpend pence{};
    std::int64_t totalPence = 0;
    // Each tier's share of the total in basis points (3350 is 33.50%),
    // adding up to exactly 10,000: the exact shares are split by largest
    // remainder, like money (apportion()), with ties going to the larger
    // tier, then to the earlier tier (prevention first). Empty when the total
    // is zero or a tier is below zero, with the reason in note.
    std::optional<std::array<std::int64_t, kTierCount>> shareBasisPoints;
    std::string note;
};

// The balance of spend across the tiers.
TierBalance tierBalance(const TierSpend& spend);

struct BudgetScenario {
    std::int64_t basePence = 0;
    std::int64_t changeBasisPoints = 0;
    std::int64_t changePence = 0; // from budgetChangePence(); negative for a fall

    // With a rise: investments in rank order, funded while they fit in the
    // rise. One that does not fit in what is left is skipped (unfunded) and
    // the next is tried, so a cheaper one further down can still be funded.
    // With no rise, every investment is unfunded.
    std::vector<Proposal> funded;
    std::vector<Proposal> unfunded;
    std::int64_t fundedPence = 0;
    std::int64_t unspentPence = 0; // the rise minus fundedPence

    // With a fall: disinvestments in rank order, taken until their savings
    // cover the cut; none is skipped. With no fall, none is needed.
    std::vector<Proposal> disinvestments;
    std::vector<Proposal> notNeeded;
    std::int64_t cutPence = 0; // the size of the fall, zero or more
    std::int64_t savedPence = 0;
    bool cutMet = true;
    std::int64_t cutExceededByPence = 0; // savedPence - cutPence when met
    std::int64_t cutShortByPence = 0;    // cutPence - savedPence when not met

    // Spend per tier now, and after adding the funded investments to their
    // tiers and taking the disinvestments from theirs.
    TierBalance before;
    TierBalance after;

    // "A rise of 2.50% (£2,500.00) funds 2 of 3 investments costing
    // £2,300.00 a year, leaving £200.00 unspent." and the like.
    std::string sentence;
};

// What if the budget rose or fell by changeBasisPoints of basePence? Refuses,
// with a sentence, what checkProposals() and budgetChangePence() refuse, and
// a current spend per tier below zero.
Outcome<BudgetScenario> whatIfBudgetChanges(const std::vector<Proposal>& proposals,
                                            std::int64_t basePence, std::int64_t changeBasisPoints,
                                            const TierSpend& currentSpend);

} // namespace jointly::planning

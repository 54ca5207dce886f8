#include "planning/Pbma.h"

#include "quantities/Apportion.h"
#include "quantities/Int128.h"
#include "quantities/Money.h"
#include "quantities/Share.h"
#include "vocabulary/Tiers.h"

#include <algorithm>
#include <limits>
#include <set>

namespace jointly::planning {

namespace {

using quantities::formatPounds;

constexpr quantities::Int128 kMaxPence = std::numeric_limits<std::int64_t>::max();
constexpr quantities::Int128 kMinPence = std::numeric_limits<std::int64_t>::min();

bool fits(quantities::Int128 value) {
    return value >= kMinPence && value <= kMaxPence;
}

std::string nameOf(const Proposal& proposal) {
    if (!proposal.name.empty()) {
        return "\"" + proposal.name + "\"";
    }
    return "Proposal " + std::to_string(proposal.id);
}

std::size_t tierIndex(Tier tier) {
    return static_cast<std::size_t>(tier);
}

// Whether a has a higher ratio of benefit to amount than b: a.benefit /
// a.amount > b.benefit / b.amount, with both amounts above zero, worked as
// a.benefit x b.amount > b.benefit x a.amount so nothing is divided.
int compareRatios(const Proposal& a, const Proposal& b) {
    const quantities::Int128 left = static_cast<quantities::Int128>(a.benefit) * b.amountPence;
    const quantities::Int128 right = static_cast<quantities::Int128>(b.benefit) * a.amountPence;
    return left > right ? 1 : (left < right ? -1 : 0);
}

// The tie-breaks shared by both rankings: larger benefit, then smaller id.
bool breaksTieFirst(const Proposal& a, const Proposal& b) {
    if (a.benefit != b.benefit) {
        return a.benefit > b.benefit;
    }
    return a.id < b.id;
}

std::vector<Proposal> ofKind(const std::vector<Proposal>& proposals, ProposalKind kind) {
    std::vector<Proposal> chosen;
    for (const auto& proposal : proposals) {
        if (proposal.kind == kind) {
            chosen.push_back(proposal);
        }
    }
    return chosen;
}

std::string countOf(std::size_t count, const char* singular, const char* plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

// "2.50%" for 250 or -250: the size of a change, without its sign.
std::string sizeOfChange(std::int64_t basisPoints) {
    std::string text = quantities::formatBasisPoints(basisPoints);
    if (!text.empty() && text.front() == '-') {
        text.erase(0, 1);
    }
    return text;
}

} // namespace

std::string tierName(Tier tier) {
    return std::string(vocabulary::tiers().at(static_cast<std::size_t>(tier)).label);
}

Status checkProposals(const std::vector<Proposal>& proposals) {
    std::set<std::int64_t> ids;
    quantities::Int128 sum = 0;
    for (const auto& proposal : proposals) {
        if (proposal.amountPence <= 0) {
            const bool invest = proposal.kind == ProposalKind::Invest;
            return Error{ErrorKind::Invalid,
                         nameOf(proposal) + " needs a " + (invest ? "cost" : "saving") +
                             " per year of more than " + quantities::formatPounds(0) + "."};
        }
        if (!ids.insert(proposal.id).second) {
            return Error{ErrorKind::Invalid, "More than one proposal has the id " +
                                                 std::to_string(proposal.id) +
                                                 "; each needs its own."};
        }
        sum += proposal.amountPence;
    }
    if (!fits(sum)) {
        return Error{
            ErrorKind::Invalid,
            "The proposals' costs and savings are too large to add up; check the amounts."};
    }
    return success();
}

Outcome<std::vector<Proposal>> rankInvestments(const std::vector<Proposal>& proposals) {
    if (auto checked = checkProposals(proposals); !checked) {
        return checked.error();
    }
    auto ranked = ofKind(proposals, ProposalKind::Invest);
    std::sort(ranked.begin(), ranked.end(), [](const Proposal& a, const Proposal& b) {
        const int byRatio = compareRatios(a, b);
        if (byRatio != 0) {
            return byRatio > 0; // more benefit per pound first
        }
        return breaksTieFirst(a, b);
    });
    return ranked;
}

Outcome<std::vector<Proposal>> rankDisinvestments(const std::vector<Proposal>& proposals) {
    if (auto checked = checkProposals(proposals); !checked) {
        return checked.error();
    }
    auto ranked = ofKind(proposals, ProposalKind::Disinvest);
    std::sort(ranked.begin(), ranked.end(), [](const Proposal& a, const Proposal& b) {
        const int byRatio = compareRatios(a, b);
        if (byRatio != 0) {
            return byRatio < 0; // less benefit lost per pound first
        }
        return breaksTieFirst(a, b);
    });
    return ranked;
}

Outcome<std::int64_t> budgetChangePence(std::int64_t basePence, std::int64_t changeBasisPoints) {
    if (basePence < 0) {
        return Error{ErrorKind::Invalid, "The base budget (" + quantities::formatPounds(basePence) +
                                             ") must be zero or more."};
    }
    if (changeBasisPoints < -10000) {
        return Error{ErrorKind::Invalid, "The budget cannot fall by more than 100.00% (a fall of " +
                                             sizeOfChange(changeBasisPoints) + " was asked for)."};
    }
    // Round the size of the change half up, then put the sign back.
    const bool fall = changeBasisPoints < 0;
    const quantities::Int128 size =
        static_cast<quantities::Int128>(basePence) *
        (fall ? -static_cast<quantities::Int128>(changeBasisPoints) : changeBasisPoints);
    quantities::Int128 pence = size / 10000;
    if (size % 10000 >= 5000) {
        pence += 1;
    }
    if (fall) {
        pence = -pence;
    }
    if (!fits(pence)) {
        return Error{ErrorKind::Invalid,
                     "A change of " + quantities::formatBasisPoints(changeBasisPoints) + " in " +
                         quantities::formatPounds(basePence) + " is too large to work out."};
    }
    return static_cast<std::int64_t>(pence);
}

TierBalance tierBalance(const TierSpend& spend) {
    TierBalance balance;
    balance.pence = spend;
    quantities::Int128 total = 0;
    for (std::int64_t pence : spend) {
        total += pence;
    }
    if (!fits(total)) {
        balance.note = "The spend per tier is too large to add up.";
        return balance;
    }
    balance.totalPence = static_cast<std::int64_t>(total);
    for (std::size_t i = 0; i < kTierCount; ++i) {
        if (spend[i] < 0) {
            balance.note = tierName(static_cast<Tier>(i)) + " spend would be below zero (" +
                           quantities::formatPounds(spend[i]) +
                           "), so the shares cannot be worked out.";
            return balance;
        }
    }
    if (balance.totalPence == 0) {
        balance.note = "No spend in any tier, so there are no shares to work out.";
        return balance;
    }
    const std::vector<std::int64_t> amounts(spend.begin(), spend.end());
    auto shares = quantities::apportion(10000, amounts);
    if (!shares) {
        balance.note = shares.error().message;
        return balance;
    }
    std::array<std::int64_t, kTierCount> basisPoints{};
    std::copy(shares.value().begin(), shares.value().end(), basisPoints.begin());
    balance.shareBasisPoints = basisPoints;
    return balance;
}

Outcome<BudgetScenario> whatIfBudgetChanges(const std::vector<Proposal>& proposals,
                                            std::int64_t basePence, std::int64_t changeBasisPoints,
                                            const TierSpend& currentSpend) {
    auto investments = rankInvestments(proposals);
    if (!investments) {
        return investments.error();
    }
    auto cuts = rankDisinvestments(proposals);
    if (!cuts) {
        return cuts.error();
    }
    auto change = budgetChangePence(basePence, changeBasisPoints);
    if (!change) {
        return change.error();
    }
    quantities::Int128 currentTotal = 0;
    for (std::size_t i = 0; i < kTierCount; ++i) {
        if (currentSpend[i] < 0) {
            return Error{ErrorKind::Invalid, tierName(static_cast<Tier>(i)) +
                                                 " spend now cannot be negative (" +
                                                 quantities::formatPounds(currentSpend[i]) + ")."};
        }
        currentTotal += currentSpend[i];
    }
    if (!fits(currentTotal)) {
        return Error{ErrorKind::Invalid,
                     "The spend per tier is too large to add up; check the amounts."};
    }

    BudgetScenario scenario;
    scenario.basePence = basePence;
    scenario.changeBasisPoints = changeBasisPoints;
    scenario.changePence = change.value();
    std::array<quantities::Int128, kTierCount> after{};
    for (std::size_t i = 0; i < kTierCount; ++i) {
        after[i] = currentSpend[i];
    }

    // A rise: fund in rank order what fits in what is left of the rise,
    // skipping any investment that does not fit and trying the next.
    const std::int64_t rise = std::max<std::int64_t>(scenario.changePence, 0);
    std::int64_t left = rise;
    for (const auto& proposal : investments.value()) {
        if (proposal.amountPence <= left) {
            left -= proposal.amountPence;
            scenario.fundedPence += proposal.amountPence;
            after[tierIndex(proposal.tier)] += proposal.amountPence;
            scenario.funded.push_back(proposal);
        } else {
            scenario.unfunded.push_back(proposal);
        }
    }
    scenario.unspentPence = left;

    // A fall: take disinvestments in rank order until their savings cover
    // the cut. checkProposals() made sure all the amounts add up within 64
    // bits, so savedPence cannot overflow.
    scenario.cutPence = scenario.changePence < 0 ? -scenario.changePence : 0;
    for (const auto& proposal : cuts.value()) {
        if (scenario.savedPence < scenario.cutPence) {
            scenario.savedPence += proposal.amountPence;
            after[tierIndex(proposal.tier)] -= proposal.amountPence;
            scenario.disinvestments.push_back(proposal);
        } else {
            scenario.notNeeded.push_back(proposal);
        }
    }
    scenario.cutMet = scenario.savedPence >= scenario.cutPence;
    if (scenario.cutMet) {
        scenario.cutExceededByPence = scenario.savedPence - scenario.cutPence;
    } else {
        scenario.cutShortByPence = scenario.cutPence - scenario.savedPence;
    }

    TierSpend afterSpend{};
    for (std::size_t i = 0; i < kTierCount; ++i) {
        if (!fits(after[i])) {
            return Error{ErrorKind::Invalid,
                         "The spend per tier after the change is too large to hold."};
        }
        afterSpend[i] = static_cast<std::int64_t>(after[i]);
    }
    scenario.before = tierBalance(currentSpend);
    scenario.after = tierBalance(afterSpend);

    // The sentence.
    const std::string amount =
        " (" +
        quantities::formatPounds(scenario.changePence < 0 ? scenario.cutPence
                                                          : scenario.changePence) +
        ")";
    if (scenario.changePence > 0) {
        scenario.sentence = "A rise of " + sizeOfChange(changeBasisPoints) + amount + " funds " +
                            std::to_string(scenario.funded.size()) + " of " +
                            countOf(investments.value().size(), "investment", "investments") +
                            " costing " + quantities::formatPounds(scenario.fundedPence) +
                            " a year, leaving " + quantities::formatPounds(scenario.unspentPence) +
                            " unspent.";
    } else if (scenario.changePence < 0) {
        const std::string fallOf = "A fall of " + sizeOfChange(changeBasisPoints) + amount;
        if (!scenario.cutMet) {
            scenario.sentence =
                fallOf + " is not fully met: " +
                (scenario.disinvestments.empty()
                     ? std::string("there are no disinvestments to make, ")
                     : "all " +
                           countOf(scenario.disinvestments.size(), "disinvestment",
                                   "disinvestments") +
                           " together save " + quantities::formatPounds(scenario.savedPence) +
                           " a year, ") +
                quantities::formatPounds(scenario.cutShortByPence) + " short of the cut.";
        } else {
            scenario.sentence =
                fallOf + " needs " +
                countOf(scenario.disinvestments.size(), "disinvestment", "disinvestments") +
                " saving " + quantities::formatPounds(scenario.savedPence) + " a year, " +
                (scenario.cutExceededByPence == 0
                     ? std::string("exactly the cut.")
                     : quantities::formatPounds(scenario.cutExceededByPence) +
                           " more than the cut.");
        }
    } else {
        scenario.sentence = "A change of " + quantities::formatBasisPoints(changeBasisPoints) +
                            " (" + quantities::formatPounds(0) +
                            ") leaves the budget as it is: nothing is funded and "
                            "nothing needs to be cut.";
    }
    return scenario;
}

} // namespace jointly::planning

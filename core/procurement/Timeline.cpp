#include "procurement/Timeline.h"

#include "procurement/Routes.h"
#include "procurement/Standstill.h"
#include "quantities/WorkingDays.h"

#include <optional>

namespace jointly::procurement {

namespace {

using quantities::dateInWords;
using quantities::dayNumberOfDate;

// Days are counted as the Act counts them: calendar days unless it says
// working days.
inline constexpr long kTenderPeriodDays = 25;
inline constexpr long kShortTenderPeriodDays = 10;
inline constexpr long kPlannedNoticeEarliestDays = 40;
inline constexpr long kPlannedNoticeLatestDays = 365;
inline constexpr long kContractDetailsDays = 30;
inline constexpr long kLightTouchContractDetailsDays = 120;
inline constexpr long kPsrAwardNoticeDays = 30;

Regime countingFor(std::string_view regime, std::string_view route) {
    const auto* found = findRoute(route);
    const bool psr = regime == "psr" || (found && found->family == RouteFamily::Psr);
    return psr ? Regime::ProviderSelectionRegime : Regime::ProcurementAct;
}

std::string days(long count) {
    return std::to_string(count) + (count == 1 ? " day" : " days");
}

// A step's name inside a sentence: "the tender notice (UK4)".
std::string inSentence(std::string_view step) {
    std::string name(stepName(step));
    if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z') {
        name[0] = static_cast<char>(name[0] - 'A' + 'a');
    }
    return name;
}

std::string quoted(std::string_view name) {
    return "\u201c" + std::string(name) + "\u201d";
}

// The first dated milestone of a step, as a day number with its milestone.
struct Dated {
    const Milestone* milestone = nullptr;
    long day = 0;
};

std::optional<Dated> dated(const std::vector<Milestone>& milestones, std::string_view step) {
    for (const auto& milestone : milestones) {
        if (milestone.step != step) {
            continue;
        }
        if (auto day = dayNumberOfDate(milestone.dueOn)) {
            return Dated{&milestone, *day};
        }
        return std::nullopt; // the step's milestone has no date yet
    }
    return std::nullopt;
}

// The Act's minimum for a period opened by `opening` and closed by
// `closing`, 25 days or 10 after a planned procurement notice published 40
// days to a year before the tender notice.
void checkPeriod(const std::vector<Milestone>& milestones, std::string_view opening,
                 std::string_view closing, std::string_view period,
                 std::vector<BrokenRule>& broken) {
    const auto from = dated(milestones, opening);
    const auto to = dated(milestones, closing);
    if (!from || !to) {
        return;
    }
    long minimum = kTenderPeriodDays;
    std::string shortened;
    const auto planned = dated(milestones, "uk3");
    const auto tenderNotice = dated(milestones, "uk4");
    if (planned && tenderNotice) {
        const long ahead = tenderNotice->day - planned->day;
        if (ahead >= kPlannedNoticeEarliestDays && ahead <= kPlannedNoticeLatestDays) {
            minimum = kShortTenderPeriodDays;
        } else {
            shortened = "; the planned procurement notice (UK3) would shorten it to 10 days only "
                        "if published 40 days to a year before the tender notice, and it is " +
                        days(ahead) + " before it";
        }
    }
    const long length = to->day - from->day;
    if (length >= minimum) {
        return;
    }
    const auto earliest = quantities::dateOfDayNumber(from->day + minimum);
    broken.push_back({std::string(closing), std::string(period), minimum - length,
                      "The " + inSentence(closing) + " is " + days(minimum - length) +
                          " too early: under the Procurement Act 2023 (s.54) the " +
                          std::string(period) + " must be at least " + days(minimum) +
                          " from the " + inSentence(opening) + ", and it is " + days(length) +
                          shortened + ". The earliest it can be is " + dateInWords(earliest) +
                          "."});
}

void checkOrder(const Route& route, const std::vector<Milestone>& milestones,
                std::vector<BrokenRule>& broken) {
    std::optional<Dated> previous;
    for (const auto& step : route.steps) {
        const auto current = dated(milestones, step.step);
        if (!current) {
            continue;
        }
        if (previous && current->day < previous->day) {
            broken.push_back(
                {std::string(step.step), "order", previous->day - current->day,
                 quoted(current->milestone->name) + " (" + dateInWords(current->milestone->dueOn) +
                     ") is " + days(previous->day - current->day) + " before " +
                     quoted(previous->milestone->name) + " (" +
                     dateInWords(previous->milestone->dueOn) + "), which comes first."});
        }
        previous = current;
    }
}

void checkStandstill(std::string_view regime, std::string_view route,
                     const std::vector<Milestone>& milestones, std::vector<BrokenRule>& broken) {
    if (!standstillRequired(regime, route)) {
        return;
    }
    const auto counting = countingFor(regime, route);
    const bool act = counting == Regime::ProcurementAct;
    const auto notice = dated(milestones, act ? "uk6" : "psr_intention");
    if (!notice) {
        return;
    }
    auto last = standstillLastDay(notice->milestone->dueOn, counting);
    if (!last.ok()) {
        broken.push_back({"standstill_end", "standstill", 0, last.error().message});
        return;
    }
    const long lastDay = *dayNumberOfDate(last.value());
    const std::string rule =
        act ? "under the Procurement Act 2023 (s.51) the standstill lasts 8 working days "
              "beginning with the day the contract award notice (UK6) is published"
            : "under the Provider Selection Regime the standstill lasts 8 working days counted "
              "from the day after the notice of intention to award is published";
    if (const auto end = dated(milestones, "standstill_end"); end && end->day < lastDay) {
        broken.push_back({"standstill_end", "standstill", lastDay - end->day,
                          "The standstill ends " + days(lastDay - end->day) +
                              " too early: " + rule + ", so it ends on " +
                              dateInWords(last.value()) + " at the earliest."});
    }
    if (const auto signed_ = dated(milestones, "signature"); signed_ && signed_->day <= lastDay) {
        const auto from = quantities::dateOfDayNumber(lastDay + 1);
        broken.push_back({"signature", "standstill", lastDay + 1 - signed_->day,
                          "The contract is signed " + days(lastDay + 1 - signed_->day) +
                              " too early: it may not be entered into until the standstill "
                              "has ended (" +
                              rule + "). Sign on " + dateInWords(from) + " or later."});
    }
}

void checkNoticeAfterContract(const std::vector<Milestone>& milestones, std::string_view step,
                              long limit, const std::string& rule,
                              std::vector<BrokenRule>& broken) {
    const auto contract = dated(milestones, "signature");
    const auto notice = dated(milestones, step);
    if (!contract || !notice || notice->day - contract->day <= limit) {
        return;
    }
    const long late = notice->day - contract->day - limit;
    broken.push_back({std::string(step), "notice deadline", late,
                      "The " + inSentence(step) + " is " + days(late) + " late: " + rule + ", by " +
                          dateInWords(quantities::dateOfDayNumber(contract->day + limit)) + "."});
}

} // namespace

Outcome<std::vector<Milestone>> planTimeline(std::string_view regime, std::string_view route,
                                             std::string_view firstDate) {
    const auto* found = findRoute(route);
    if (!found) {
        return Error{ErrorKind::Invalid,
                     "Jointly does not know the route " + quoted(route) + "; choose one it lists."};
    }
    const auto first = dayNumberOfDate(firstDate);
    if (!first) {
        return Error{ErrorKind::Invalid, quoted(firstDate) +
                                             " is not a date: give the first milestone's date "
                                             "as YYYY-MM-DD, e.g. 2026-04-01."};
    }
    const auto counting = countingFor(regime, route);
    std::vector<Milestone> planned;
    long day = *first;
    std::string notice;
    std::string standstillEnd;
    for (const auto& step : found->steps) {
        if (step.step == "standstill_end" && !notice.empty()) {
            auto last = standstillLastDay(notice, counting);
            if (!last.ok()) {
                return last.error();
            }
            standstillEnd = last.value();
            day = *dayNumberOfDate(standstillEnd);
        } else if (step.step == "signature" && !standstillEnd.empty()) {
            // The contract may be entered into once the standstill has ended:
            // on the next working day.
            auto next = quantities::nextDay(standstillEnd);
            auto signing = next.ok() ? quantities::lastOfWorkingDays(next.value(), 1) : next;
            if (!signing.ok()) {
                return signing.error();
            }
            day = *dayNumberOfDate(signing.value());
        } else {
            day += planned.empty() ? 0 : step.daysAfterPrevious;
            // Notices, deadlines and meetings fall on working days.
            auto working = quantities::lastOfWorkingDays(quantities::dateOfDayNumber(day), 1);
            if (!working.ok()) {
                return working.error();
            }
            day = *dayNumberOfDate(working.value());
        }
        Milestone milestone;
        milestone.step = std::string(step.step);
        milestone.name = std::string(step.name);
        milestone.dueOn = quantities::dateOfDayNumber(day);
        if (step.step == "uk6" || step.step == "psr_intention") {
            notice = milestone.dueOn;
        }
        planned.push_back(std::move(milestone));
    }
    return planned;
}

std::vector<BrokenRule> checkTimeline(std::string_view regime, std::string_view route,
                                      const std::vector<Milestone>& milestones) {
    std::vector<BrokenRule> broken;
    const auto* found = findRoute(route);
    if (!found) {
        return broken;
    }
    checkOrder(*found, milestones, broken);
    if (regime == "act") {
        if (route == "open") {
            checkPeriod(milestones, "uk4", "tender_deadline", "tender period", broken);
        } else if (route == "competitive_flexible") {
            checkPeriod(milestones, "uk4", "participation_deadline", "participation period",
                        broken);
            checkPeriod(milestones, "invitation", "tender_deadline", "tendering period", broken);
        }
    }
    checkStandstill(regime, route, milestones, broken);
    if (regime == "act" || regime == "act_light_touch") {
        const bool lightTouch = regime == "act_light_touch";
        checkNoticeAfterContract(
            milestones, "uk7", lightTouch ? kLightTouchContractDetailsDays : kContractDetailsDays,
            lightTouch ? "under the Procurement Act 2023 (s.53) a light-touch contract's details "
                         "notice must be published within 120 days of entering into it"
                       : "under the Procurement Act 2023 (s.53) it must be published within 30 "
                         "days of entering into the contract",
            broken);
    }
    if (regime == "psr") {
        checkNoticeAfterContract(milestones, "psr_award_notice", kPsrAwardNoticeDays,
                                 "under the Provider Selection Regime the award must be published "
                                 "within 30 days of the contract being awarded",
                                 broken);
    }
    return broken;
}

} // namespace jointly::procurement

// rollPlanForward() from PlanStore.h: moving a plan document on a year, its
// dates and the years in its title.
#include "planning/PlanStore.h"
#include "quantities/CalendarDate.h"
#include "util/Text.h"

#include "project/Project.h"
#include "storage/Database.h"

#include <array>
#include <cstdio>
#include <string_view>

namespace jointly::planning {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text) {
    for (char c : text) {
        if (!isDigit(c)) {
            return false;
        }
    }
    return !text.empty();
}

int number(std::string_view digits) {
    int value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

// The same date a year later, YYYY-MM-DD; 29 February becomes 28 February.
// Empty when the result would not be a date Jointly accepts.
std::string yearLater(const std::string& date) {
    if (!quantities::isIsoDate(date)) {
        return {};
    }
    const int year = number(std::string_view(date).substr(0, 4)) + 1;
    const int month = number(std::string_view(date).substr(5, 2));
    int day = number(std::string_view(date).substr(8, 2));
    if (month == 2 && day == 29) {
        day = 28;
    }
    // Room for any three ints, so an optimising GCC does not warn of truncation.
    char buffer[40];
    std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02d", year, month, day);
    return quantities::isIsoDate(buffer) ? std::string(buffer) : std::string();
}

// A year written in a title: "2026", or a financial year "2026/27" or
// "2026-27" (the second part the last two digits of the year after).
struct YearTerm {
    std::size_t begin = 0;
    std::size_t end = 0;
    int year = 0;
    char separator = 0; // '/' or '-' for a financial year, 0 for a plain year
};

// The year term that ends exactly at `end`, if there is one with no digit
// or letter straight before it.
std::optional<YearTerm> termEndingAt(std::string_view text, std::size_t end) {
    const auto startsWord = [&](std::size_t begin) {
        if (begin == 0) {
            return true;
        }
        const char before = text[begin - 1];
        return !isDigit(before) &&
               !((before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z'));
    };
    if (end >= 7) {
        const auto candidate = text.substr(end - 7, 7);
        if (allDigits(candidate.substr(0, 4)) && (candidate[4] == '/' || candidate[4] == '-') &&
            allDigits(candidate.substr(5, 2)) && startsWord(end - 7)) {
            const int year = number(candidate.substr(0, 4));
            if (number(candidate.substr(5, 2)) == (year + 1) % 100) {
                return YearTerm{end - 7, end, year, candidate[4]};
            }
        }
    }
    if (end >= 4 && allDigits(text.substr(end - 4, 4)) && startsWord(end - 4)) {
        return YearTerm{end - 4, end, number(text.substr(end - 4, 4)), 0};
    }
    return std::nullopt;
}

std::string formatTerm(const YearTerm& term, int year) {
    std::string text = std::to_string(year);
    if (term.separator != 0) {
        const int next = (year + 1) % 100;
        text += term.separator;
        text += static_cast<char>('0' + next / 10);
        text += static_cast<char>('0' + next % 10);
    }
    return text;
}

// The title with the year range it ends in moved on a year: "2026-2029",
// "2026 to 2029", "2026/27 to 2028/29", "2026/27-2028/29", or a single
// financial year such as "2026/27". Any other title comes back unchanged.
std::string titleYearLater(const std::string& title) {
    const auto trimmedEnd = title.find_last_not_of(" \t\r\n");
    if (trimmedEnd == std::string::npos) {
        return title;
    }
    const std::string_view text(title.data(), trimmedEnd + 1);
    const auto last = termEndingAt(text, text.size());
    if (!last) {
        return title;
    }
    std::vector<YearTerm> terms;
    // Longest first, so " - " is tried before "-". "\xE2\x80\x93" is an en dash.
    static constexpr std::array<std::string_view, 5> kSeparators = {" to ", " - ", " \xE2\x80\x93 ",
                                                                    "\xE2\x80\x93", "-"};
    for (auto separator : kSeparators) {
        if (last->begin < separator.size() ||
            text.substr(last->begin - separator.size(), separator.size()) != separator) {
            continue;
        }
        const auto first = termEndingAt(text, last->begin - separator.size());
        if (first && first->year <= last->year) {
            terms = {*first, *last};
            break;
        }
    }
    if (terms.empty() && last->separator != 0) {
        terms = {*last};
    }
    if (terms.empty() || terms.back().year + 1 > 9999 ||
        (terms.back().separator != 0 && terms.back().year + 2 > 9999)) {
        return title;
    }
    std::string moved = title;
    // From the end, so the earlier positions stay right.
    for (auto term = terms.rbegin(); term != terms.rend(); ++term) {
        moved.replace(term->begin, term->end - term->begin, formatTerm(*term, term->year + 1));
    }
    return moved;
}

} // namespace

Outcome<PlanRoll> planRollForward(storage::Database& db, std::int64_t planId) {
    auto find =
        db.prepare("SELECT title, starts_on, next_refresh_on FROM plan_document WHERE id = ?1");
    find.bind(1, planId);
    if (!find.step()) {
        return Error{ErrorKind::NotFound, "That plan no longer exists; it may have been deleted."};
    }
    const std::string title = find.text(0);
    const auto startsOn = find.optionalText(1);
    const auto refreshOn = find.optionalText(2);
    PlanRoll roll;
    roll.planId = planId;
    roll.name = util::curlyQuoted(
        title.find_first_not_of(" \t\r\n") == std::string::npos ? "unnamed plan" : title);
    if (!startsOn || startsOn->empty()) {
        return Error{ErrorKind::Invalid, "The plan " + roll.name +
                                             " has no start date, so it cannot be rolled "
                                             "forward. Give it a start date first."};
    }
    roll.startsOn = yearLater(*startsOn);
    if (roll.startsOn.empty()) {
        return Error{ErrorKind::Invalid,
                     "The start date of the plan " + roll.name + " cannot be moved on a year."};
    }
    if (refreshOn && !refreshOn->empty()) {
        roll.nextRefreshOn = yearLater(*refreshOn);
        if (roll.nextRefreshOn->empty()) {
            return Error{ErrorKind::Invalid, "The next refresh date of the plan " + roll.name +
                                                 " cannot be moved on a year."};
        }
    }
    roll.title = titleYearLater(title);
    return roll;
}

void applyPlanRoll(storage::Database& db, const PlanRoll& roll) {
    auto update = db.prepare("UPDATE plan_document SET title = ?1, starts_on = ?2, "
                             "next_refresh_on = ?3 WHERE id = ?4");
    update.bind(1, roll.title);
    update.bind(2, roll.startsOn);
    update.bind(3, roll.nextRefreshOn);
    update.bind(4, roll.planId);
    update.run();
}

Status rollPlanForward(project::Project& project, std::int64_t planId) {
    return project.guarded<Status>([&]() -> Status {
        auto roll = planRollForward(project.database(), planId);
        if (!roll.ok()) {
            return roll.error();
        }
        return project.edit("Roll " + roll.value().name + " forward a year",
                            [&](storage::Database& db) { applyPlanRoll(db, roll.value()); });
    });
}

} // namespace jointly::planning

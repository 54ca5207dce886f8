#include "needs/Statistics.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <utility>

namespace jointly::needs {

namespace {

bool present(std::optional<double> value) {
    return value.has_value() && std::isfinite(*value);
}

// Shortest text that reads back as the same double: "120", "0.5".
std::string formatNumber(double value) {
    std::array<char, 64> buffer{};
    auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (error != std::errc()) {
        return "?";
    }
    return std::string(buffer.data(), end);
}

// Lower case, "&" read as "and", runs of spaces as one, no space at either
// end, and a full stop at the end dropped: "  Increasing &  Getting Better. "
// becomes "increasing and getting better".
std::string normalise(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    auto endWord = [&] {
        if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    };
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (std::isspace(u)) {
            endWord();
        } else if (c == '&') {
            endWord();
            words.emplace_back("and");
        } else {
            word += static_cast<char>(std::tolower(u));
        }
    }
    endWord();
    std::string result;
    for (const auto& w : words) {
        if (!result.empty()) {
            result += ' ';
        }
        result += w;
    }
    if (result.size() > 1 && result.back() == '.') {
        result.pop_back();
    }
    return result;
}

} // namespace

// --- Significance against a comparator --------------------------------------

Difference compareInterval(std::optional<double> lower, std::optional<double> upper,
                           std::optional<double> comparatorValue) {
    if (!present(lower) || !present(upper) || !present(comparatorValue)) {
        return Difference::NotCompared;
    }
    if (*lower > *upper) {
        return Difference::NotCompared;
    }
    if (*lower > *comparatorValue) {
        return Difference::Higher;
    }
    if (*upper < *comparatorValue) {
        return Difference::Lower;
    }
    // Overlapping, including an interval that only touches the value.
    return Difference::Similar;
}

Significance compareWithComparator(std::optional<double> lower, std::optional<double> upper,
                                   std::optional<double> comparatorValue, Polarity polarity) {
    switch (compareInterval(lower, upper, comparatorValue)) {
    case Difference::Higher:
        return polarity == Polarity::NoJudgement      ? Significance::Higher
               : polarity == Polarity::HigherIsBetter ? Significance::Better
                                                      : Significance::Worse;
    case Difference::Lower:
        return polarity == Polarity::NoJudgement     ? Significance::Lower
               : polarity == Polarity::LowerIsBetter ? Significance::Better
                                                     : Significance::Worse;
    case Difference::Similar:
        return Significance::Similar;
    case Difference::NotCompared:
        break;
    }
    return Significance::NotCompared;
}

std::string describeSignificance(Significance significance) {
    switch (significance) {
    case Significance::Better:
        return "Better";
    case Significance::Similar:
        return "Similar";
    case Significance::Worse:
        return "Worse";
    case Significance::Higher:
        return "Higher";
    case Significance::Lower:
        return "Lower";
    case Significance::NotCompared:
        break;
    }
    return "Not compared";
}

// --- Recent trend -------------------------------------------------------------
//
// The chi-squared test for linear trend in proportions (the Cochran-Armitage
// test: Cochran 1954, Armitage 1955), on the latest five periods scored
// t_i = 1..5 in time order, with O_i the count and n_i the denominator:
//
//   N    = sum n_i                  pbar = (sum O_i) / N
//   tbar = (sum n_i t_i) / N
//   A    = sum O_i (t_i - tbar)     = sum O_i t_i - (sum O_i)(sum n_i t_i) / N
//   S    = sum n_i (t_i - tbar)^2   = sum n_i t_i^2 - (sum n_i t_i)^2 / N
//   X^2  = A^2 / (pbar (1 - pbar) S), one degree of freedom.
//
// The centred forms on the left are computed (they lose less precision when
// denominators are large); they equal the textbook forms on the right. A is
// the numerator of the slope, so its sign gives the direction. X^2 is also
// the regression sum of squares of p_i = O_i / n_i on t_i weighted by
// n_i / (pbar (1 - pbar)), which is how R's prop.trend.test computes it.
//
// Fingertips' criteria (OHID, "Fingertips trend markers", Public Health
// Technical Guidance): at least five points, the most recent five used, a
// count and denominator for every point of a proportion, significant at the
// 99.8% level, that is X^2 > 9.5495 with one degree of freedom. (The current
// PHEindicatormethods assign_trend_markers, which cites that guidance, fits a
// proportion's slope by logistic regression and also calls a significant
// trend "No significant change" when dropping any one point flips the slope's
// sign; this is the closed-form chi-squared test, without that check.)

TrendResult recentTrend(std::vector<TrendPoint> points) {
    auto cannot = [](std::string reason) {
        return TrendResult{TrendDirection::CouldNotBeCalculated, std::nullopt, std::move(reason)};
    };
    if (points.size() < kTrendPeriods) {
        return cannot("The recent trend needs " + std::to_string(kTrendPeriods) +
                      " time periods; only " + std::to_string(points.size()) +
                      (points.size() == 1 ? " is" : " are") + " available.");
    }
    std::stable_sort(points.begin(), points.end(), [](const TrendPoint& a, const TrendPoint& b) {
        return a.periodKey < b.periodKey;
    });
    auto duplicate =
        std::adjacent_find(points.begin(), points.end(),
                           [](const auto& a, const auto& b) { return a.periodKey == b.periodKey; });
    if (duplicate != points.end()) {
        return cannot("The time period \"" + duplicate->periodKey +
                      "\" appears more than once, so the order of the periods is not clear.");
    }

    auto first = points.end() - static_cast<std::ptrdiff_t>(kTrendPeriods);
    for (auto it = first; it != points.end(); ++it) {
        const std::string period = "\"" + it->periodKey + "\"";
        if (!it->count) {
            return cannot("The count for " + period + " is missing.");
        }
        if (!it->denominator) {
            return cannot("The denominator for " + period + " is missing.");
        }
        if (!std::isfinite(*it->count)) {
            return cannot("The count for " + period + " is not a number.");
        }
        if (!std::isfinite(*it->denominator)) {
            return cannot("The denominator for " + period + " is not a number.");
        }
        if (*it->denominator <= 0) {
            return cannot("The denominator for " + period + " is " +
                          formatNumber(*it->denominator) + "; it must be greater than 0.");
        }
        if (*it->count < 0) {
            return cannot("The count for " + period + " is " + formatNumber(*it->count) +
                          "; it must not be negative.");
        }
        if (*it->count > *it->denominator) {
            return cannot("The count for " + period + " (" + formatNumber(*it->count) +
                          ") is greater than its denominator (" + formatNumber(*it->denominator) +
                          ").");
        }
    }

    double total = 0;     // N
    double events = 0;    // sum O_i
    double weightedT = 0; // sum n_i t_i
    double t = 1;
    for (auto it = first; it != points.end(); ++it, t += 1) {
        total += *it->denominator;
        events += *it->count;
        weightedT += *it->denominator * t;
    }
    if (events == 0 || events == total) {
        return TrendResult{TrendDirection::NoSignificantChange, std::nullopt,
                           events == 0 ? "Every count in the latest five time periods is 0, so "
                                         "there is no change to test."
                                       : "Every count in the latest five time periods equals "
                                         "its denominator, so there is no change to test."};
    }
    const double tBar = weightedT / total;
    double a = 0; // sum O_i (t_i - tbar)
    double s = 0; // sum n_i (t_i - tbar)^2
    t = 1;
    for (auto it = first; it != points.end(); ++it, t += 1) {
        const double centred = t - tBar;
        a += *it->count * centred;
        s += *it->denominator * centred * centred;
    }
    const double pBar = events / total;
    const double chiSquared = a * a / (pBar * (1 - pBar) * s);

    TrendResult result;
    result.chiSquared = chiSquared;
    if (chiSquared > kTrendCriticalValue) {
        result.direction = a > 0 ? TrendDirection::Increasing : TrendDirection::Decreasing;
    } else {
        result.direction = TrendDirection::NoSignificantChange;
    }
    return result;
}

std::string describeTrend(TrendDirection direction, Polarity polarity) {
    switch (direction) {
    case TrendDirection::Increasing:
        switch (polarity) {
        case Polarity::HigherIsBetter:
            return "Increasing and getting better";
        case Polarity::LowerIsBetter:
            return "Increasing and getting worse";
        case Polarity::NoJudgement:
            break;
        }
        return "Increasing";
    case TrendDirection::Decreasing:
        switch (polarity) {
        case Polarity::HigherIsBetter:
            return "Decreasing and getting worse";
        case Polarity::LowerIsBetter:
            return "Decreasing and getting better";
        case Polarity::NoJudgement:
            break;
        }
        return "Decreasing";
    case TrendDirection::NoSignificantChange:
        return "No significant change";
    case TrendDirection::CouldNotBeCalculated:
        break;
    }
    return "Could not be calculated";
}

std::optional<ParsedTrend> parseTrendWords(std::string_view words) {
    const std::string text = normalise(words);
    if (text.empty() || text == "-" || text == "could not be calculated" ||
        text == "cannot be calculated") {
        return ParsedTrend{TrendDirection::CouldNotBeCalculated, TrendJudgement::None};
    }
    if (text == "no significant change") {
        return ParsedTrend{TrendDirection::NoSignificantChange, TrendJudgement::None};
    }
    std::string_view rest = text;
    TrendDirection direction;
    if (rest.starts_with("increasing")) {
        direction = TrendDirection::Increasing;
        rest.remove_prefix(std::string_view("increasing").size());
    } else if (rest.starts_with("decreasing")) {
        direction = TrendDirection::Decreasing;
        rest.remove_prefix(std::string_view("decreasing").size());
    } else {
        return std::nullopt;
    }
    if (rest.empty()) {
        return ParsedTrend{direction, TrendJudgement::None};
    }
    if (rest == " and getting better") {
        return ParsedTrend{direction, TrendJudgement::Better};
    }
    if (rest == " and getting worse") {
        return ParsedTrend{direction, TrendJudgement::Worse};
    }
    return std::nullopt;
}

// --- Fingertips' comparison words and polarity ---------------------------------

std::optional<ComparedWords> parseComparedWords(std::string_view words) {
    std::string text = normalise(words);
    if (text.empty() || text == "-") {
        return ComparedWords{ComparedVerdict::NotCompared, std::nullopt};
    }
    std::optional<ConfidenceLevel> level;
    if (auto space = text.rfind(' '); space != std::string::npos && text.back() == '%') {
        const std::string suffix = text.substr(space + 1);
        if (suffix == "95%" || suffix == "95.0%") {
            level = ConfidenceLevel::Percent95;
        } else if (suffix == "99.8%") {
            level = ConfidenceLevel::Percent99_8;
        } else {
            return std::nullopt;
        }
        text.erase(space);
    }
    static constexpr std::pair<std::string_view, ComparedVerdict> kVerdicts[] = {
        {"better", ComparedVerdict::Better}, {"similar", ComparedVerdict::Similar},
        {"worse", ComparedVerdict::Worse},   {"higher", ComparedVerdict::Higher},
        {"lower", ComparedVerdict::Lower},   {"not compared", ComparedVerdict::NotCompared},
    };
    for (const auto& [name, verdict] : kVerdicts) {
        if (text == name) {
            return ComparedWords{verdict, level};
        }
    }
    return std::nullopt;
}

std::optional<Polarity> inferPolarity(std::string_view comparedWords,
                                      std::optional<double> areaLower,
                                      std::optional<double> areaUpper,
                                      std::optional<double> comparatorValue) {
    const auto words = parseComparedWords(comparedWords);
    if (!words) {
        return std::nullopt;
    }
    switch (words->verdict) {
    case ComparedVerdict::Higher:
    case ComparedVerdict::Lower:
        return Polarity::NoJudgement;
    case ComparedVerdict::Better:
    case ComparedVerdict::Worse: {
        const bool better = words->verdict == ComparedVerdict::Better;
        switch (compareInterval(areaLower, areaUpper, comparatorValue)) {
        case Difference::Higher:
            return better ? Polarity::HigherIsBetter : Polarity::LowerIsBetter;
        case Difference::Lower:
            return better ? Polarity::LowerIsBetter : Polarity::HigherIsBetter;
        case Difference::Similar:
        case Difference::NotCompared:
            break;
        }
        return std::nullopt;
    }
    case ComparedVerdict::Similar:
    case ComparedVerdict::NotCompared:
        break;
    }
    return std::nullopt;
}

} // namespace jointly::needs

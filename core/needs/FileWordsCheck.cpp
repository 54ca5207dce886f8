#include "needs/FileWordsCheck.h"

#include <string>

namespace jointly::needs {

namespace {

Significance asSignificance(ComparedVerdict verdict) {
    switch (verdict) {
    case ComparedVerdict::Better:
        return Significance::Better;
    case ComparedVerdict::Worse:
        return Significance::Worse;
    case ComparedVerdict::Higher:
        return Significance::Higher;
    case ComparedVerdict::Lower:
        return Significance::Lower;
    case ComparedVerdict::Similar:
        return Significance::Similar;
    case ComparedVerdict::NotCompared:
        break;
    }
    return Significance::NotCompared;
}

bool judged(Significance s) {
    return s == Significance::Better || s == Significance::Worse;
}

bool comparisonDisagrees(const JudgedValue& value) {
    const std::string& fileWords =
        value.fileComparison == JudgedValue::FileComparison::England  ? value.comparedEngland
        : value.fileComparison == JudgedValue::FileComparison::Parent ? value.comparedParent
                                                                      : std::string();
    if (fileWords.empty() || value.significance == Significance::NotCompared) {
        return false;
    }
    const auto words = parseComparedWords(fileWords);
    if (!words || words->verdict == ComparedVerdict::NotCompared) {
        return false;
    }
    // Plain words are at 95%, as Fingertips gives them (a real extract in
    // tests/fixtures agrees with its 95% limits on every row and not with its
    // 99.8% limits on five).
    if (words->level.value_or(ConfidenceLevel::Percent95) != value.level) {
        return false;
    }
    const Significance theirs = asSignificance(words->verdict);
    const Significance ours = value.significance;
    const bool theirsSimilar = theirs == Significance::Similar;
    const bool oursSimilar = ours == Significance::Similar;
    if (theirsSimilar != oursSimilar) {
        return true;
    }
    return !theirsSimilar && judged(theirs) == judged(ours) && theirs != ours;
}

bool trendDisagrees(const JudgedValue& value) {
    if (value.recentTrend.empty()) {
        return false;
    }
    const auto theirs = parseTrendWords(value.recentTrend);
    return theirs && theirs->direction != TrendDirection::CouldNotBeCalculated &&
           value.trend.direction != TrendDirection::CouldNotBeCalculated &&
           theirs->direction != value.trend.direction;
}

} // namespace

bool fileWordsDisagree(const JudgedValue& value) {
    return comparisonDisagrees(value) || trendDisagrees(value);
}

} // namespace jointly::needs

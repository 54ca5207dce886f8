#include "needs/IndicatorSeries.h"

#include "needs/IndicatorImport.h"
#include "needs/IndicatorPrecision.h"
#include "storage/Database.h"

#include <algorithm>
#include <deque>

namespace jointly::needs {

namespace {

std::optional<double> optionalReal(const storage::Statement& statement, int column) {
    if (statement.isNull(column)) {
        return std::nullopt;
    }
    return statement.real(column);
}

bool sameSeries(const JudgedValue& a, const JudgedValue& b) {
    return a.indicatorId == b.indicatorId && a.areaCode == b.areaCode && a.sex == b.sex &&
           a.age == b.age && a.categoryType == b.categoryType && a.category == b.category;
}

std::string paddedKey(std::int64_t key) {
    auto digits = std::to_string(key < 0 ? 0 : key);
    return std::string(digits.size() < 12 ? 12 - digits.size() : 0, '0') + digits;
}

// " AND v.area_code IN (?2, ?3, ...)": one parameter per code, bound later.
std::string areaCondition(const std::vector<std::string>& areaCodes) {
    if (areaCodes.empty()) {
        return {};
    }
    std::string condition = " AND v.area_code IN (";
    for (std::size_t i = 0; i < areaCodes.size(); ++i) {
        condition += (i ? ", ?" : "?") + std::to_string(i + 2);
    }
    return condition + ")";
}

} // namespace

JudgementSettings judgementSettings(storage::Database& db) {
    JudgementSettings settings;
    auto statement =
        db.prepare("SELECT comparator_code, confidence_level FROM partnership WHERE id = 1");
    if (statement.step()) {
        settings.comparatorCode = statement.text(0);
        settings.level =
            statement.text(1) == "99.8" ? ConfidenceLevel::Percent99_8 : ConfidenceLevel::Percent95;
    }
    return settings;
}

bool gettingWorse(const JudgedValue& value) {
    if (!value.polarityKnown) {
        return false;
    }
    return (value.trend.direction == TrendDirection::Increasing &&
            value.polarity == Polarity::LowerIsBetter) ||
           (value.trend.direction == TrendDirection::Decreasing &&
            value.polarity == Polarity::HigherIsBetter);
}

std::vector<JudgedValue> worseAndGettingWorse(storage::Database& db,
                                              const std::vector<std::string>& areaCodes) {
    std::vector<JudgedValue> found;
    std::optional<JudgedValue> last;
    auto consider = [&](const JudgedValue& latest) {
        const bool wanted = areaCodes.empty() || std::find(areaCodes.begin(), areaCodes.end(),
                                                           latest.areaCode) != areaCodes.end();
        if (wanted && latest.significance == Significance::Worse && gettingWorse(latest)) {
            found.push_back(latest);
        }
    };
    forEachJudgedValue(
        db,
        [&](const JudgedValue& value) {
            if (last && !sameSeries(*last, value)) {
                consider(*last);
            }
            last = value;
            return true;
        },
        std::nullopt, areaCodes);
    if (last) {
        consider(*last);
    }
    return found;
}

std::string trendWords(const JudgedValue& value) {
    return describeTrend(value.trend.direction,
                         value.polarityKnown ? value.polarity : Polarity::NoJudgement);
}

void forEachJudgedValue(storage::Database& db, const std::function<bool(const JudgedValue&)>& visit,
                        std::optional<std::int64_t> indicatorId,
                        const std::vector<std::string>& areaCodes) {
    const auto settings = judgementSettings(db);
    auto values = db.prepare(
        std::string("SELECT v.id, v.indicator_id, i.source_code, i.name, v.parent_code, "
                    "v.parent_name, v.area_code, v.area_name, v.area_type, v.sex, v.age, "
                    "v.category_type, v.category, v.period, v.period_key, v.value, v.lower_95, "
                    "v.upper_95, v.lower_99_8, v.upper_99_8, v.count, v.denominator, "
                    "v.value_note, v.source_trend, v.source_compared_england, "
                    "v.source_compared_parent, i.polarity FROM indicator_value v JOIN indicator "
                    "i ON i.id = v.indicator_id WHERE ") +
        kLiveValue + (indicatorId ? " AND v.indicator_id = ?1" : "") + areaCondition(areaCodes) +
        " ORDER BY v.indicator_id, v.area_code, v.sex, v.age, v.category_type, v.category, "
        "v.period_key, v.id");
    auto comparator = db.prepare(
        std::string("SELECT v.value FROM indicator_value v WHERE v.indicator_id = ?1 AND "
                    "v.area_code = ?2 AND v.sex = ?3 AND v.age = ?4 AND v.category_type = ?5 "
                    "AND v.category = ?6 AND v.period_key = ?7 AND ") +
        kLiveValue + " ORDER BY v.id DESC LIMIT 1");
    if (indicatorId) {
        values.bind(1, *indicatorId);
    }
    for (std::size_t i = 0; i < areaCodes.size(); ++i) {
        values.bind(static_cast<int>(i) + 2, areaCodes[i]);
    }
    std::deque<TrendPoint> window;
    JudgedValue previous;
    bool first = true;
    std::int64_t decimalsOf = 0; // the indicator whose places are in `decimals`
    int decimals = kUnroundedDecimals;
    while (values.step()) {
        JudgedValue row;
        row.id = values.int64(0);
        row.indicatorId = values.int64(1);
        if (row.indicatorId != decimalsOf) {
            decimalsOf = row.indicatorId;
            decimals = indicatorDecimals(db, row.indicatorId);
        }
        row.decimals = decimals;
        row.indicatorCode = values.text(2);
        row.indicatorName = values.text(3);
        row.parentCode = values.text(4);
        row.parentName = values.text(5);
        row.areaCode = values.text(6);
        row.areaName = values.text(7);
        row.areaType = values.text(8);
        row.sex = values.text(9);
        row.age = values.text(10);
        row.categoryType = values.text(11);
        row.category = values.text(12);
        row.period = values.text(13);
        row.periodKey = values.int64(14);
        row.value = optionalReal(values, 15);
        row.lower95 = optionalReal(values, 16);
        row.upper95 = optionalReal(values, 17);
        row.lower998 = optionalReal(values, 18);
        row.upper998 = optionalReal(values, 19);
        row.count = optionalReal(values, 20);
        row.denominator = optionalReal(values, 21);
        row.valueNote = values.text(22);
        row.recentTrend = values.text(23);
        row.comparedEngland = values.text(24);
        row.comparedParent = values.text(25);
        const auto polarity = values.text(26);
        row.polarityKnown = polarity != "unknown";
        row.polarity = polarity == "higher_is_better"  ? Polarity::HigherIsBetter
                       : polarity == "lower_is_better" ? Polarity::LowerIsBetter
                                                       : Polarity::NoJudgement;

        const bool byParent = settings.comparatorCode == kParentComparator;
        row.comparatorCode = byParent ? row.parentCode : settings.comparatorCode;
        row.fileComparison = byParent ? JudgedValue::FileComparison::Parent
                             : settings.comparatorCode == "E92000001"
                                 ? JudgedValue::FileComparison::England
                                 : JudgedValue::FileComparison::None;
        comparator.reset();
        comparator.bind(1, row.indicatorId)
            .bind(2, row.comparatorCode)
            .bind(3, row.sex)
            .bind(4, row.age)
            .bind(5, row.categoryType)
            .bind(6, row.category)
            .bind(7, row.periodKey);
        if (comparator.step()) {
            row.comparatorValue = optionalReal(comparator, 0);
        }
        const bool wide = settings.level == ConfidenceLevel::Percent99_8;
        row.level = settings.level;
        // The comparator itself is not compared with its own value (as in
        // Fingertips, whose "Compared to England" is empty for England). An
        // indicator whose polarity is not known is compared as one with no
        // judgement: Higher, Similar or Lower.
        row.significance = !row.comparatorCode.empty() && row.areaCode != row.comparatorCode
                               ? compareWithComparator(wide ? row.lower998 : row.lower95,
                                                       wide ? row.upper998 : row.upper95,
                                                       row.comparatorValue, row.polarity)
                               : Significance::NotCompared;

        // The five periods ending with this one, in the same series.
        if (first || !sameSeries(previous, row)) {
            window.clear();
        }
        window.push_back(TrendPoint{paddedKey(row.periodKey), row.count, row.denominator});
        if (window.size() > kTrendPeriods) {
            window.pop_front();
        }
        row.trend = recentTrend(std::vector<TrendPoint>(window.begin(), window.end()));
        first = false;
        if (!visit(row)) {
            return;
        }
        previous = std::move(row);
    }
}

} // namespace jointly::needs

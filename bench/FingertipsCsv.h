#pragma once

// Writes a realistic Fingertips export (the 26-column "all data" CSV) of any
// number of rows, the same every time for the same row count and seed.
//
// The shape follows real exports: about 200 indicators, each for England, the
// nine regions and 150 counties and unitary authorities, over 10 to 20
// periods, for persons or males and females or all three, in one or two age
// bands; some indicators also break England down by deprivation decile. The
// values hang together: each confidence interval contains its value and the
// 99.8% interval contains the 95% one, counts and denominators give the
// value, small counts are suppressed with a value note, and the "Compared to"
// words agree with the intervals and the indicator's polarity. Indicator names,
// area names and a category type carry commas (so they are quoted) and one
// name carries quotes. Rows are written indicator by indicator, period by
// period, sex by sex, area by area, and no two rows share an indicator, area,
// sex, age, category and period.

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace jointly::bench {

inline constexpr std::string_view kFingertipsHeader =
    "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,"
    "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI "
    "99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England "
    "value or percentiles,Compared to Region value or percentiles,Time period Sortable,New "
    "data,Compared to goal";

struct FingertipsCsvSummary {
    std::uint64_t rows = 0;
    std::uint64_t bytes = 0;
    std::size_t indicators = 0;
};

namespace fingertips_detail {

// splitmix64: small, fast and the same on every platform (the standard
// library's distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double between(double low, double high) { return low + (high - low) * unit(); }
    std::size_t below(std::size_t bound) { return static_cast<std::size_t>(next() % bound); }
    bool chance(double probability) { return unit() < probability; }
    // Roughly normal (sum of uniforms), mean 0, standard deviation 1.
    double normal() {
        double sum = 0;
        for (int i = 0; i < 12; ++i) {
            sum += unit();
        }
        return sum - 6.0;
    }

private:
    std::uint64_t state_;
};

struct Area {
    std::string code;
    std::string name;
    std::string type;
    std::size_t parent = 0; // index into the area list; England's parent is itself
    double level = 1.0;     // how this area differs from England, for the values
    double population = 0;
};

// England, the nine regions and `localAreas` local areas. Up to 150 they are
// counties and unitary authorities; more than that, they are small areas
// (middle layer super output areas, as GP practices, MSOAs and LSOAs come in
// their thousands), each in a region.
inline std::vector<Area> makeAreas(Random& random, std::size_t localAreas) {
    std::vector<Area> areas;
    areas.push_back(Area{"E92000001", "England", "England", 0, 1.0, 56'500'000});
    static constexpr std::array<std::string_view, 9> kRegions = {
        "North East region",    "North West region",    "Yorkshire and the Humber region",
        "East Midlands region", "West Midlands region", "East of England region",
        "London region",        "South East region",    "South West region"};
    for (std::size_t i = 0; i < kRegions.size(); ++i) {
        areas.push_back(Area{"E1200000" + std::to_string(i + 1), std::string(kRegions[i]), "Region",
                             0, random.between(0.85, 1.15), 0});
    }
    static constexpr std::array<std::string_view, 40> kNamed = {"Bristol, City of",
                                                                "Herefordshire, County of",
                                                                "Kingston upon Hull, City of",
                                                                "County Durham",
                                                                "Darlington",
                                                                "Hartlepool",
                                                                "Middlesbrough",
                                                                "Northumberland",
                                                                "Redcar and Cleveland",
                                                                "Stockton-on-Tees",
                                                                "Blackburn with Darwen",
                                                                "Blackpool",
                                                                "Cheshire East",
                                                                "Cheshire West and Chester",
                                                                "Halton",
                                                                "Warrington",
                                                                "East Riding of Yorkshire",
                                                                "North East Lincolnshire",
                                                                "North Lincolnshire",
                                                                "York",
                                                                "Derby",
                                                                "Leicester",
                                                                "Rutland",
                                                                "Nottingham",
                                                                "Telford and Wrekin",
                                                                "Stoke-on-Trent",
                                                                "Peterborough",
                                                                "Luton",
                                                                "Southend-on-Sea",
                                                                "Thurrock",
                                                                "Bedford",
                                                                "Central Bedfordshire",
                                                                "Brighton and Hove",
                                                                "Portsmouth",
                                                                "Southampton",
                                                                "Isle of Wight",
                                                                "Bath and North East Somerset",
                                                                "North Somerset",
                                                                "South Gloucestershire",
                                                                "Plymouth"};
    static constexpr std::array<std::string_view, 16> kStems = {
        "Ash",   "Brook", "Castle", "Elm",  "Fern",  "Glen",  "Hazel", "Kings",
        "Marsh", "Oak",   "Queens", "Rose", "Stone", "Thorn", "Wey",   "Willow"};
    static constexpr std::array<std::string_view, 8> kEndings = {"bury", "field",   "ford", "ham",
                                                                 "ley",  "minster", "ton",  "wick"};
    const bool smallAreas = localAreas > 150;
    for (std::size_t i = 0; i < localAreas && smallAreas; ++i) {
        const auto n = i % (kStems.size() * kEndings.size());
        char code[32];
        std::snprintf(code, sizeof(code), "E02%06zu", i + 1);
        char name[96];
        std::snprintf(name, sizeof(name), "%s%s %03zu", kStems[n % kStems.size()].data(),
                      kEndings[(n / kStems.size()) % kEndings.size()].data(),
                      i / (kStems.size() * kEndings.size()) + 1);
        const std::size_t region = 1 + (i * 7) % 9;
        areas.push_back(Area{code, name, "MSOA", region,
                             areas[region].level * random.between(0.7, 1.35),
                             std::round(random.between(5'000, 12'000))});
    }
    for (std::size_t i = 0; i < localAreas && !smallAreas; ++i) {
        std::string name;
        if (i < kNamed.size()) {
            name = kNamed[i];
        } else {
            auto n = i - kNamed.size();
            name = std::string(kStems[n % kStems.size()]) +
                   std::string(kEndings[(n / kStems.size()) % kEndings.size()]);
            if (n % 11 == 3) {
                name += ", City of"; // Fingertips writes some names this way
            }
        }
        // E06 unitary authorities, E08 metropolitan districts, E09 London
        // boroughs and E10 counties, as in the real lists.
        static constexpr std::array<std::string_view, 4> kPrefixes = {"E06", "E08", "E09", "E10"};
        char code[32];
        std::snprintf(code, sizeof(code), "%s%06zu", kPrefixes[i % 4].data(), i / 4 + 1);
        const std::size_t region = 1 + (i * 7) % 9;
        areas.push_back(Area{code, name, "Counties & UAs (from Apr 2023)", region,
                             areas[region].level * random.between(0.75, 1.3),
                             std::round(random.between(90'000, 1'500'000))});
    }
    for (std::size_t r = 1; r <= 9; ++r) {
        for (std::size_t i = 10; i < areas.size(); ++i) {
            if (areas[i].parent == r) {
                areas[r].population += areas[i].population;
            }
        }
    }
    return areas;
}

enum class Kind { Percent, Rate, Years, Ratio };
enum class Polarity { HigherIsBetter, LowerIsBetter, NoJudgement };

struct Indicator {
    long id = 0;
    std::string name;
    Kind kind = Kind::Rate;
    Polarity polarity = Polarity::LowerIsBetter;
    bool wideComparison = false; // compared at 99.8% rather than 95%
    double base = 0;             // England's value in the first period
    double yearlyChange = 0;     // relative change per period
    double ageFraction = 1;      // the share of the population in the age band
    std::vector<std::string_view> sexes;
    std::vector<std::string_view> ages;
    std::vector<std::string> periods;
    std::vector<long> periodKeys;
    bool deprivationDeciles = false;
    bool newData = false;
    bool goal = false;
};

inline Indicator makeIndicator(std::size_t index, Random& random) {
    struct Topic {
        std::string_view name;
        Kind kind;
        Polarity polarity;
        double base;
    };
    static constexpr std::array<Topic, 25> kTopics = {{
        {"Under 75 mortality rate from cardiovascular disease", Kind::Rate, Polarity::LowerIsBetter,
         75},
        {"Smoking prevalence in adults (18+) - current smokers (APS)", Kind::Percent,
         Polarity::LowerIsBetter, 14},
        {"Admission episodes for alcohol-related conditions (Narrow)", Kind::Rate,
         Polarity::LowerIsBetter, 490},
        {"Percentage of adults (aged 18+) classified as \"overweight or obese\"", Kind::Percent,
         Polarity::LowerIsBetter, 63},
        {"Emergency hospital admissions for intentional self-harm", Kind::Rate,
         Polarity::LowerIsBetter, 180},
        {"Life expectancy at birth", Kind::Years, Polarity::HigherIsBetter, 80},
        {"Healthy life expectancy at birth", Kind::Years, Polarity::HigherIsBetter, 63},
        {"Hip fractures in people aged 65 and over", Kind::Rate, Polarity::LowerIsBetter, 560},
        {"Under 18s conception rate / 1,000", Kind::Rate, Polarity::LowerIsBetter, 16},
        {"Children in relative low income families (under 16s)", Kind::Percent,
         Polarity::LowerIsBetter, 19},
        {"Percentage of physically active adults", Kind::Percent, Polarity::HigherIsBetter, 66},
        {"Suicide rate", Kind::Rate, Polarity::NoJudgement, 10},
        {"Infant mortality rate", Kind::Rate, Polarity::LowerIsBetter, 4},
        {"Deaths from drug misuse", Kind::Rate, Polarity::LowerIsBetter, 5},
        {"Killed and seriously injured (KSI) casualties on England's roads", Kind::Rate,
         Polarity::LowerIsBetter, 90},
        {"Fuel poverty (low income, low energy efficiency methodology)", Kind::Percent,
         Polarity::LowerIsBetter, 13},
        {"Winter mortality index", Kind::Ratio, Polarity::NoJudgement, 118},
        {"Estimated dementia diagnosis rate (aged 65 and over)", Kind::Percent,
         Polarity::HigherIsBetter, 63},
        {"Depression: Recorded prevalence (aged 18 years and over)", Kind::Percent,
         Polarity::NoJudgement, 13},
        {"Diabetes: QOF prevalence (17+ yrs)", Kind::Percent, Polarity::NoJudgement, 7},
        {"Population vaccination coverage: MMR for two doses (5 years old)", Kind::Percent,
         Polarity::HigherIsBetter, 86},
        {"Premature mortality from cancer", Kind::Rate, Polarity::LowerIsBetter, 120},
        {"Emergency readmissions within 30 days of discharge from hospital", Kind::Percent,
         Polarity::LowerIsBetter, 14},
        {"Standardised mortality ratio for deaths from all causes", Kind::Ratio,
         Polarity::LowerIsBetter, 100},
        {"Mortality rate from causes considered preventable", Kind::Rate, Polarity::LowerIsBetter,
         140},
    }};
    static constexpr std::array<std::string_view, 8> kQualifiers = {
        "",
        ", all ages",
        ", directly standardised rate per 100,000",
        " (persons)",
        " - new method",
        ", 3-year range",
        ", aged 16 to 64",
        " (2021 definitions)"};
    static constexpr std::array<std::string_view, 9> kAges = {"All ages",  "18+ yrs",   "65+ yrs",
                                                              "<75 yrs",   "0-4 yrs",   "<1 yr",
                                                              "16-64 yrs", "10-24 yrs", "75+ yrs"};
    static constexpr std::array<double, 9> kAgeFractions = {1.0,   0.79, 0.19, 0.9,  0.06,
                                                            0.012, 0.63, 0.18, 0.085};

    Indicator indicator;
    const auto& topic = kTopics[index % kTopics.size()];
    const auto qualifier = kQualifiers[(index / kTopics.size()) % kQualifiers.size()];
    const auto series = index / (kTopics.size() * kQualifiers.size());
    indicator.id = 90000 + static_cast<long>(index) * 13 + static_cast<long>(random.below(13));
    indicator.name = std::string(topic.name) + std::string(qualifier);
    if (series > 0) {
        indicator.name += " (series " + std::to_string(series + 1) + ")";
    }
    if (random.chance(0.3)) {
        // Many Fingertips names start with a framework code.
        char code[16];
        std::snprintf(code, sizeof(code), "%c%02zu%c - ", static_cast<char>('A' + index % 5),
                      index % 30 + 1, static_cast<char>('a' + index % 3));
        indicator.name = code + indicator.name;
    }
    indicator.kind = topic.kind;
    indicator.polarity = topic.polarity;
    indicator.wideComparison = random.chance(0.2);
    indicator.base = topic.base * random.between(0.8, 1.2);
    indicator.yearlyChange = random.between(-0.03, 0.03);

    const double sexes = random.unit();
    if (sexes < 0.5) {
        indicator.sexes = {"Persons"};
    } else if (sexes < 0.8) {
        indicator.sexes = {"Male", "Female"};
    } else {
        indicator.sexes = {"Persons", "Male", "Female"};
    }
    const auto firstAge = random.below(kAges.size());
    indicator.ages = {kAges[firstAge]};
    indicator.ageFraction = kAgeFractions[firstAge];
    if (random.chance(0.2)) {
        indicator.ages.push_back(
            kAges[(firstAge + 1 + random.below(kAges.size() - 1)) % kAges.size()]);
    }

    const auto periodCount = 10 + random.below(11);
    const int style = static_cast<int>(random.below(3));
    const int firstYear = 2023 - static_cast<int>(periodCount) - (style == 2 ? 2 : 0) + 1;
    for (std::size_t p = 0; p < periodCount; ++p) {
        const int year = firstYear + static_cast<int>(p);
        char text[16];
        if (style == 0) {
            std::snprintf(text, sizeof(text), "%d", year);
        } else if (style == 1) {
            std::snprintf(text, sizeof(text), "%d/%02d", year, (year + 1) % 100);
        } else {
            std::snprintf(text, sizeof(text), "%d - %02d", year, (year + 2) % 100);
        }
        indicator.periods.emplace_back(text);
        indicator.periodKeys.push_back(static_cast<long>(year) * 10000);
    }
    indicator.deprivationDeciles = random.chance(0.3);
    indicator.newData = random.chance(0.25);
    indicator.goal = random.chance(0.1);
    return indicator;
}

struct Measure {
    bool present = false;
    double value = 0, lower95 = 0, upper95 = 0, lower998 = 0, upper998 = 0;
    bool hasCount = false;
    double count = 0, denominator = 0;
    std::string_view note;
};

// Wilson score interval for a proportion, as a percentage.
inline std::pair<double, double> wilson(double count, double denominator, double z) {
    const double p = count / denominator;
    const double centre = p + z * z / (2 * denominator);
    const double spread =
        z * std::sqrt(p * (1 - p) / denominator + z * z / (4 * denominator * denominator));
    const double scale = 1 + z * z / denominator;
    return {std::max(0.0, 100 * (centre - spread) / scale),
            std::min(100.0, 100 * (centre + spread) / scale)};
}

inline Measure measure(const Indicator& indicator, double expected, double population,
                       Random& random) {
    Measure m;
    m.present = true;
    constexpr double z95 = 1.959964, z998 = 3.090232;
    switch (indicator.kind) {
    case Kind::Percent: {
        // A survey or register: the denominator is a sample of the population.
        m.denominator = std::round(
            std::max(50.0, population * indicator.ageFraction * random.between(0.001, 0.02)));
        const double p = std::clamp(expected / 100.0 * (1 + 0.08 * random.normal()), 0.001, 0.99);
        m.count = std::round(p * m.denominator);
        m.hasCount = true;
        m.value = 100 * m.count / m.denominator;
        std::tie(m.lower95, m.upper95) = wilson(m.count, m.denominator, z95);
        std::tie(m.lower998, m.upper998) = wilson(m.count, m.denominator, z998);
        break;
    }
    case Kind::Rate:
    case Kind::Ratio: {
        const double per = indicator.kind == Kind::Rate ? 100'000.0 : 100.0;
        m.denominator = std::round(population * indicator.ageFraction);
        m.count =
            std::round(std::max(0.0, expected * (1 + 0.1 * random.normal())) * m.denominator / per);
        m.hasCount = true;
        if (m.count < 5) {
            m.present = false;
            m.hasCount = false;
            m.note = "Value suppressed for disclosure control due to small count";
            return m;
        }
        m.value = per * m.count / m.denominator;
        // Byar's approximation, as Fingertips uses for rates.
        auto byar = [&](double z) {
            const double o = m.count;
            const double low = o * std::pow(1 - 1 / (9 * o) - z / (3 * std::sqrt(o)), 3);
            const double high =
                (o + 1) * std::pow(1 - 1 / (9 * (o + 1)) + z / (3 * std::sqrt(o + 1)), 3);
            return std::pair{per * low / m.denominator, per * high / m.denominator};
        };
        std::tie(m.lower95, m.upper95) = byar(z95);
        std::tie(m.lower998, m.upper998) = byar(z998);
        break;
    }
    case Kind::Years: {
        m.value = expected + random.normal() * 0.6;
        const double se = 0.15 + 3000.0 / std::sqrt(std::max(population, 1.0)) * 0.05;
        m.lower95 = m.value - z95 * se;
        m.upper95 = m.value + z95 * se;
        m.lower998 = m.value - z998 * se;
        m.upper998 = m.value + z998 * se;
        break;
    }
    }
    // Keep each interval around its value, and the 99.8% one around the 95%
    // one, whatever rounding did at the edges.
    m.lower95 = std::min(m.lower95, m.value);
    m.upper95 = std::max(m.upper95, m.value);
    m.lower998 = std::min(m.lower998, m.lower95);
    m.upper998 = std::max(m.upper998, m.upper95);
    if (random.chance(0.01)) {
        m = Measure{};
        m.note = "Value not published for data quality reasons";
    } else if (random.chance(0.02)) {
        m.note = "Aggregated from all known lower geography values";
    }
    return m;
}

// The words Fingertips writes when comparing an area's interval with a
// comparator's value.
inline std::string_view compared(const Indicator& indicator, const Measure& area,
                                 const Measure& comparator) {
    if (!area.present || !comparator.present) {
        return "Not compared";
    }
    const double lower = indicator.wideComparison ? area.lower998 : area.lower95;
    const double upper = indicator.wideComparison ? area.upper998 : area.upper95;
    int side = 0;
    if (lower > comparator.value) {
        side = 1;
    } else if (upper < comparator.value) {
        side = -1;
    }
    if (side == 0) {
        return "Similar";
    }
    switch (indicator.polarity) {
    case Polarity::NoJudgement:
        return side > 0 ? "Higher" : "Lower";
    case Polarity::HigherIsBetter:
        if (indicator.wideComparison) {
            return side > 0 ? "Better 99.8%" : "Worse 99.8%";
        }
        return side > 0 ? "Better 95%" : "Worse 95%";
    case Polarity::LowerIsBetter:
        if (indicator.wideComparison) {
            return side < 0 ? "Better 99.8%" : "Worse 99.8%";
        }
        return side < 0 ? "Better 95%" : "Worse 95%";
    }
    return "Not compared";
}

class RowWriter {
public:
    explicit RowWriter(std::FILE* out) : out_(out) { line_.reserve(1024); }

    void text(std::string_view value) {
        separate();
        if (value.find_first_of(",\"\n\r") == std::string_view::npos) {
            line_.append(value);
            return;
        }
        line_ += '"';
        for (char c : value) {
            if (c == '"') {
                line_ += '"';
            }
            line_ += c;
        }
        line_ += '"';
    }
    void integer(long long value) {
        separate();
        char digits[32];
        auto end = std::to_chars(digits, digits + sizeof(digits), value).ptr;
        line_.append(digits, end);
    }
    // Nine significant digits, as Fingertips writes them.
    void number(double value) {
        separate();
        char digits[40];
        auto end =
            std::to_chars(digits, digits + sizeof(digits), value, std::chars_format::general, 9)
                .ptr;
        line_.append(digits, end);
    }
    void empty() { separate(); }
    void optionalNumber(bool present, double value) {
        if (present) {
            number(value);
        } else {
            empty();
        }
    }
    // Ends the row and writes it; returns its size in bytes.
    std::size_t finish() {
        line_ += "\r\n"; // Fingertips exports end their lines this way
        if (std::fwrite(line_.data(), 1, line_.size(), out_) != line_.size()) {
            throw std::runtime_error("cannot write the CSV file");
        }
        auto size = line_.size();
        line_.clear();
        first_ = true;
        return size;
    }

private:
    void separate() {
        if (!first_) {
            line_ += ',';
        }
        first_ = false;
    }
    std::FILE* out_;
    std::string line_;
    bool first_ = true;
};

} // namespace fingertips_detail

// The local areas in a file unless asked for more: counties and unitary
// authorities, as in Fingertips' most used exports.
inline constexpr std::size_t kDefaultLocalAreas = 150;

// Writes the header and `rows` data rows to `out`, for England, the regions
// and `localAreas` local areas.
inline FingertipsCsvSummary writeFingertipsCsv(std::FILE* out, std::uint64_t rows,
                                               std::uint64_t seed = 20260401,
                                               std::size_t localAreas = kDefaultLocalAreas) {
    using namespace fingertips_detail;
    Random random(seed);
    const auto areas = makeAreas(random, localAreas);
    FingertipsCsvSummary summary;
    {
        std::string header(kFingertipsHeader);
        header += "\r\n";
        if (std::fwrite(header.data(), 1, header.size(), out) != header.size()) {
            throw std::runtime_error("cannot write the CSV file");
        }
        summary.bytes += header.size();
    }
    static constexpr std::array<std::string_view, 10> kDeciles = {
        "Most deprived decile (IMD2019)",         "Second most deprived decile (IMD2019)",
        "Third more deprived decile (IMD2019)",   "Fourth more deprived decile (IMD2019)",
        "Fifth more deprived decile (IMD2019)",   "Fifth less deprived decile (IMD2019)",
        "Fourth less deprived decile (IMD2019)",  "Third less deprived decile (IMD2019)",
        "Second least deprived decile (IMD2019)", "Least deprived decile (IMD2019)"};
    constexpr std::string_view kDecileType =
        "County & UA deprivation deciles in England (IMD2019, 4/21 geog.)";
    static constexpr std::array<std::string_view, 4> kTrends = {
        "No significant change", "Cannot be calculated", "Increasing", "Decreasing"};

    RowWriter writer(out);
    std::vector<Measure> regionMeasures(areas.size());
    for (std::size_t index = 0; summary.rows < rows; ++index) {
        const auto indicator = makeIndicator(index, random);
        ++summary.indicators;
        const std::size_t last = indicator.periods.size() - 1;
        for (std::size_t p = 0; p < indicator.periods.size() && summary.rows < rows; ++p) {
            const double trend = std::pow(1 + indicator.yearlyChange, static_cast<double>(p));
            for (std::size_t s = 0; s < indicator.sexes.size() && summary.rows < rows; ++s) {
                const double sexLevel = indicator.sexes[s] == "Male"     ? 1.08
                                        : indicator.sexes[s] == "Female" ? 0.93
                                                                         : 1.0;
                const double sexShare = indicator.sexes[s] == "Persons" ? 1.0 : 0.5;
                for (std::size_t a = 0; a < indicator.ages.size() && summary.rows < rows; ++a) {
                    const double expectedEngland = indicator.base * trend * sexLevel;
                    Measure england;
                    // England, then its deprivation deciles, then the regions,
                    // then the local authorities.
                    const std::size_t deciles = indicator.deprivationDeciles ? kDeciles.size() : 0;
                    const std::size_t slots = 1 + deciles + (areas.size() - 1);
                    for (std::size_t slot = 0; slot < slots && summary.rows < rows; ++slot) {
                        const bool decileRow = slot >= 1 && slot <= deciles;
                        const std::size_t areaIndex =
                            decileRow ? 0 : (slot == 0 ? 0 : slot - deciles);
                        const Area& area = areas[areaIndex];
                        double expected = expectedEngland;
                        double population = area.population * sexShare;
                        if (decileRow) {
                            const double d = static_cast<double>(slot - 1);
                            const double gradient = indicator.kind == Kind::Years ? 0.012 : 0.06;
                            const double direction =
                                indicator.polarity == Polarity::HigherIsBetter ? 1 : -1;
                            expected *= 1 + direction * gradient * (d - 4.5);
                            population = area.population * sexShare / 10;
                        } else if (indicator.kind == Kind::Years) {
                            expected *= 1 + (area.level - 1) * 0.08;
                        } else {
                            expected *= area.level;
                        }
                        Measure m = measure(indicator, expected, population, random);
                        if (slot == 0) {
                            england = m;
                        }
                        if (!decileRow && areaIndex >= 1 && areaIndex <= 9) {
                            regionMeasures[areaIndex] = m;
                        }
                        std::string_view toEngland = "Not compared";
                        std::string_view toRegion = "Not compared";
                        if (slot != 0) {
                            toEngland = compared(indicator, m, england);
                        }
                        if (!decileRow && areaIndex >= 10) {
                            toRegion = compared(indicator, m, regionMeasures[area.parent]);
                        }

                        writer.integer(indicator.id);
                        writer.text(indicator.name);
                        if (areaIndex == 0) {
                            writer.empty();
                            writer.empty();
                        } else {
                            writer.text(areas[area.parent].code);
                            writer.text(areas[area.parent].name);
                        }
                        writer.text(area.code);
                        writer.text(area.name);
                        writer.text(area.type);
                        writer.text(indicator.sexes[s]);
                        writer.text(indicator.ages[a]);
                        if (decileRow) {
                            writer.text(kDecileType);
                            writer.text(kDeciles[slot - 1]);
                        } else {
                            writer.empty();
                            writer.empty();
                        }
                        writer.text(indicator.periods[p]);
                        writer.optionalNumber(m.present, m.value);
                        writer.optionalNumber(m.present, m.lower95);
                        writer.optionalNumber(m.present, m.upper95);
                        writer.optionalNumber(m.present, m.lower998);
                        writer.optionalNumber(m.present, m.upper998);
                        writer.optionalNumber(m.hasCount, m.count);
                        writer.optionalNumber(m.hasCount || m.denominator > 0, m.denominator);
                        writer.text(m.note);
                        if (p == last) {
                            writer.text(kTrends[(static_cast<std::size_t>(indicator.id) + slot) %
                                                kTrends.size()]);
                        } else {
                            writer.empty();
                        }
                        writer.text(toEngland);
                        writer.text(toRegion);
                        writer.integer(indicator.periodKeys[p]);
                        writer.text(p == last && indicator.newData ? "New data" : "");
                        if (indicator.goal && m.present) {
                            writer.text((slot % 3) == 0 ? "Worse than goal" : "Better than goal");
                        } else {
                            writer.empty();
                        }
                        summary.bytes += writer.finish();
                        ++summary.rows;
                    }
                }
            }
        }
    }
    return summary;
}

// Writes the file at `path`; throws std::runtime_error if it cannot.
inline FingertipsCsvSummary writeFingertipsCsv(const std::string& path, std::uint64_t rows,
                                               std::uint64_t seed = 20260401,
                                               std::size_t localAreas = kDefaultLocalAreas) {
    std::FILE* out = std::fopen(path.c_str(), "wb");
    if (!out) {
        throw std::runtime_error("cannot create " + path);
    }
    std::vector<char> buffer(1 << 20);
    std::setvbuf(out, buffer.data(), _IOFBF, buffer.size());
    FingertipsCsvSummary summary;
    try {
        summary = writeFingertipsCsv(out, rows, seed, localAreas);
    } catch (...) {
        std::fclose(out);
        throw;
    }
    if (std::fclose(out) != 0) {
        throw std::runtime_error("cannot finish writing " + path);
    }
    return summary;
}

} // namespace jointly::bench

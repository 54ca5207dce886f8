#include "procurement/OcdsSections.h"
#include "quantities/FinancialYear.h"
#include "quantities/Period.h"

// The implementation release's contracts: each KPI's figures and ratings as
// the metrics extension's observations, under the same metric ids as the
// contract's agreed metrics, so that a compiled record merges them. The
// ratings carry the UK extension's measure classification (met,
// slightlyBelow, below, significantlyBelow, other), the Procurement Act's
// contract performance ratings.
namespace jointly::procurement::ocds {

namespace {

struct RatingWords {
    std::string_view key;
    std::string_view words;
    std::string_view classification;
};

constexpr RatingWords kRatings[] = {
    {"good", "Good", "met"},
    {"approaching", "Approaching target", "slightlyBelow"},
    {"requires_improvement", "Requires improvement", "below"},
    {"inadequate", "Inadequate", "significantlyBelow"},
    {"other", "Other", "other"},
};

const RatingWords& wordsOf(std::string_view key) {
    for (const auto& rating : kRatings) {
        if (rating.key == key) {
            return rating;
        }
    }
    return kRatings[4];
}

Json periodOf(const std::string& first, const std::string& last) {
    Json period = Json::object();
    putDate(period, "startDate", first);
    putDate(period, "endDate", last, true);
    return period;
}

Json figureOf(const OcdsKpi& kpi, const OcdsFigure& figure,
              std::optional<quantities::Frequency> frequency) {
    Json observation = Json::object();
    observation["id"] = "kpi-" + std::to_string(kpi.id) + "-" + figure.period;
    if (frequency) {
        if (auto dates = quantities::datesOfPeriod(figure.period, *frequency)) {
            observation["period"] = periodOf(dates->first, dates->last);
        }
    }
    std::string notes = "Figure for " + figure.period + ".";
    if (figure.hundredths) {
        observation["measure"] = util::exactNumber(*figure.hundredths, 2);
        if (!kpi.unit.empty()) {
            observation["unit"] = Json::object({{"name", kpi.unit}});
        }
    } else {
        notes += " No figure was recorded for this period.";
    }
    if (!figure.note.empty()) {
        notes += " " + figure.note;
    }
    observation["notes"] = notes;
    return observation;
}

Json ratingOf(const OcdsKpi& kpi, const OcdsRating& rating) {
    const auto& words = wordsOf(rating.rating);
    Json observation = Json::object();
    observation["id"] =
        "kpi-" + std::to_string(kpi.id) + "-assessment-" + std::to_string(rating.assessmentId);
    if (rating.year >= quantities::kEarliestStartYear &&
        rating.year <= quantities::kLatestStartYear) {
        const quantities::FinancialYear year{rating.year};
        observation["period"] = periodOf(quantities::firstDay(year), quantities::lastDay(year));
    }
    observation["measure"] = std::string(words.words);
    Json classification = Json::object();
    classification["id"] = std::string(words.classification);
    classification["description"] = std::string(words.words);
    observation["measureClassification"] = std::move(classification);
    std::string notes = "Contract performance assessment";
    if (rating.year >= quantities::kEarliestStartYear &&
        rating.year <= quantities::kLatestStartYear) {
        notes += " for " + quantities::formatFinancialYear({rating.year});
    }
    notes += ".";
    if (!rating.explanation.empty()) {
        notes += " " + rating.explanation;
    }
    observation["notes"] = notes;
    return observation;
}

} // namespace

std::optional<Json> implementationOf(const OcdsContract& contract) {
    Json metrics = Json::array();
    for (const auto& kpi : contract.kpis) {
        if (kpi.figures.empty() && kpi.ratings.empty()) {
            continue;
        }
        const auto frequency = quantities::frequencyOf(kpi.frequency);
        Json observations = Json::array();
        for (const auto& figure : kpi.figures) {
            observations.push_back(figureOf(kpi, figure, frequency));
        }
        for (const auto& rating : kpi.ratings) {
            observations.push_back(ratingOf(kpi, rating));
        }
        Json metric = Json::object();
        metric["id"] = "kpi-" + std::to_string(kpi.id);
        putText(metric, "title", kpi.name);
        metric["observations"] = std::move(observations);
        metrics.push_back(std::move(metric));
    }
    if (metrics.empty()) {
        return std::nullopt;
    }
    Json entry = Json::object();
    entry["id"] = "contract-" + std::to_string(contract.id);
    entry["awardID"] = awardId(contract);
    entry["implementation"] = Json::object({{"metrics", std::move(metrics)}});
    return entry;
}

} // namespace jointly::procurement::ocds

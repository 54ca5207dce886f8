#include "KpiJson.h"

#include "monitoring/Rag.h"
#include "quantities/Decimal.h"

namespace jointly::app {

using Json = nlohmann::ordered_json;
using namespace monitoring;

Json hundredthsJson(const std::optional<std::int64_t>& value) {
    return value ? Json(quantities::formatHundredths(*value)) : Json(nullptr);
}

Json statusJson(const KpiStatus& kpi) {
    Json entry;
    entry["id"] = kpi.id;
    entry["name"] = kpi.name;
    entry["contract"] = kpi.contract.empty() ? Json(nullptr) : Json(kpi.contract);
    entry["outcome"] = kpi.outcome.empty() ? Json(nullptr) : Json(kpi.outcome);
    entry["unit"] = kpi.unit;
    entry["polarity"] = kpi.polarity;
    entry["frequency"] = kpi.frequency;
    entry["rules"] = std::string(ruleSetKey(kpi.rules));
    entry["latest_period"] = kpi.latestPeriod.empty() ? Json(nullptr) : Json(kpi.latestPeriod);
    entry["latest"] = hundredthsJson(kpi.latest);
    entry["target"] = hundredthsJson(kpi.target);
    entry["rag"] = kpi.rag ? Json(std::string(ragKey(kpi.rag->rag))) : Json(nullptr);
    entry["rag_text"] = kpi.rag ? Json(kpi.rag->sentence) : Json(nullptr);
    entry["variation_icon"] =
        kpi.variation ? Json(std::string(variationKey(*kpi.variation))) : Json(nullptr);
    entry["variation_text"] = kpi.variation ? Json(variationWords(*kpi.variation)) : Json(nullptr);
    entry["assurance_icon"] =
        kpi.assurance ? Json(std::string(assuranceKey(*kpi.assurance))) : Json(nullptr);
    entry["assurance_text"] = kpi.assurance ? Json(assuranceWords(*kpi.assurance)) : Json(nullptr);
    Json recent = Json::array();
    for (const auto& value : kpi.recent) {
        recent.push_back(hundredthsJson(value));
    }
    entry["recent"] = std::move(recent);
    entry["missing_periods"] = kpi.missing;
    entry["breach"] = kpi.breached ? Json(kpi.breach) : Json(nullptr);
    entry["problems"] = kpi.problems;
    return entry;
}

} // namespace jointly::app

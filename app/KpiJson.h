#pragma once

#include "monitoring/KpiBoard.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>

// A KPI's dashboard row as the monitoring verbs write it in JSON.
namespace jointly::app {

// "12.50" from 1250, or null.
nlohmann::ordered_json hundredthsJson(const std::optional<std::int64_t>& value);

// Its latest figure, target, RAG and both SPC icons with their words, the
// recent figures, missing periods, any breach and problems.
nlohmann::ordered_json statusJson(const monitoring::KpiStatus& kpi);

} // namespace jointly::app

#pragma once

#include "monitoring/SpcChart.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Red, amber and green against a KPI's target, as partnership boards read
// them (../shared/research/monitoring.md, section 5): green at or better
// than the target, amber worse but within the KPI's tolerance, red beyond
// it, by which direction is better. Shown beside the SPC icons, never
// instead of them, and always with a sentence, so no meaning rests on the
// colour. Values, targets and tolerances are exact hundredths
// (quantities/Decimal.h): 85.5% is 8550.
namespace jointly::monitoring {

enum class Rag { Green, Amber, Red };

// How far worse than the target still counts as amber: an amount in the
// KPI's unit (2.00 points) or a share of the target (5% of it, in basis
// points: 500).
struct Tolerance {
    std::int64_t hundredths = 0;
    bool shareOfTarget = false; // then hundredths holds basis points
};

struct RagResult {
    Rag rag = Rag::Green;
    // "Amber: 83.50% is 1.50 below the target of 85.00%, within the
    // tolerance of 2.00."
    std::string sentence;
};

// Nothing for a KPI where neither direction is better: RAG needs one.
std::optional<RagResult> ragOf(std::int64_t value, std::int64_t target, const Tolerance& tolerance,
                               Direction direction, std::string_view unit = {});

// A value as sentences give it, with its unit: "85.50%", "12.00 per 1,000".
std::string valueWords(std::int64_t hundredths, std::string_view unit);

std::string_view ragKey(Rag rag);   // "green", "amber", "red"
std::string_view ragWords(Rag rag); // "Green", "Amber", "Red"

// A target that changes from a period on: the target of the latest change
// whose period is on or before the one asked about (periods compare as
// text, so write them 2025-04 or 2025-04-01); nothing before the first.
struct TargetFrom {
    std::string fromPeriod;
    std::int64_t target = 0;
};
std::optional<std::int64_t> targetFor(const std::vector<TargetFrom>& targets,
                                      std::string_view period);

} // namespace jointly::monitoring

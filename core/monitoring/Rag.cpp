#include "monitoring/Rag.h"

#include "quantities/Decimal.h"

namespace jointly::monitoring {

std::string valueWords(std::int64_t hundredths, std::string_view unit) {
    const auto number = quantities::formatHundredths(hundredths);
    if (unit.empty()) {
        return number;
    }
    return unit == "%" ? number + "%" : number + " " + std::string(unit);
}

std::optional<RagResult> ragOf(std::int64_t value, std::int64_t target, const Tolerance& tolerance,
                               Direction direction, std::string_view unit) {
    const auto inRange = [](std::int64_t x) {
        return x >= -quantities::kMaxDecimalHundredths && x <= quantities::kMaxDecimalHundredths;
    };
    if (direction == Direction::Neither || !inRange(value) || !inRange(target) ||
        tolerance.hundredths < 0) {
        return std::nullopt; // no better direction, or a damaged file's numbers
    }
    const bool higherBetter = direction == Direction::Increase;
    // How far worse than the target, in hundredths: 0 or less is on or
    // better. Both are within 10^14, so the difference fits.
    const std::int64_t worseBy = higherBetter ? target - value : value - target;
    const auto shown = valueWords(value, unit);
    const auto goal = valueWords(target, unit);
    if (worseBy <= 0) {
        const std::string how = worseBy == 0   ? " meets the target of " + goal
                                : higherBetter ? " is above the target of " + goal
                                               : " is below the target of " + goal;
        return RagResult{Rag::Green, "Green: " + shown + how + "."};
    }
    // Within tolerance: the gap is at most the amount, or at most the share
    // of the target (gap x 10,000 <= |target| x basis points).
    const std::int64_t magnitude = target < 0 ? -target : target;
    std::int64_t allowance = 0;
    const bool within = tolerance.shareOfTarget
                            ? __builtin_mul_overflow(magnitude, tolerance.hundredths, &allowance) ||
                                  worseBy * 10000 <= allowance
                            : worseBy <= tolerance.hundredths;
    const auto gap = quantities::formatHundredths(worseBy);
    const std::string side = higherBetter ? " below" : " above";
    const std::string allowed =
        tolerance.shareOfTarget
            ? quantities::formatHundredths(tolerance.hundredths) + "% of the target"
            : quantities::formatHundredths(tolerance.hundredths);
    const auto start = shown + " is " + gap + side + " the target of " + goal + ", ";
    if (within) {
        return RagResult{Rag::Amber,
                         "Amber: " + start + "within the tolerance of " + allowed + "."};
    }
    return RagResult{Rag::Red, "Red: " + start + "beyond the tolerance of " + allowed + "."};
}

std::string_view ragKey(Rag rag) {
    return rag == Rag::Green ? "green" : rag == Rag::Amber ? "amber" : "red";
}

std::string_view ragWords(Rag rag) {
    return rag == Rag::Green ? "Green" : rag == Rag::Amber ? "Amber" : "Red";
}

std::optional<std::int64_t> targetFor(const std::vector<TargetFrom>& targets,
                                      std::string_view period) {
    const TargetFrom* latest = nullptr;
    for (const auto& each : targets) {
        if (each.fromPeriod <= period &&
            (latest == nullptr || each.fromPeriod >= latest->fromPeriod)) {
            latest = &each;
        }
    }
    return latest == nullptr ? std::nullopt : std::optional<std::int64_t>(latest->target);
}

} // namespace jointly::monitoring

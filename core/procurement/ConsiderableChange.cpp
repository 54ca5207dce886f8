#include "procurement/ConsiderableChange.h"

#include "quantities/Int128.h"
#include "quantities/Money.h"

#include <cstdint>

namespace jointly::procurement {

namespace {

// The rise as a percentage of the existing value with one decimal, rounded
// down, for the sentence: 600,000 on 2,000,000 is "30.0%".
std::string percentOf(std::int64_t rise, std::int64_t existing) {
    if (existing == 0) {
        return "more than 25%";
    }
    const auto exact = quantities::Int128{rise} * 1000 / existing;
    // A rise many times the existing value is shown as it is, capped far
    // beyond any real contract.
    const auto tenths = static_cast<std::int64_t>(
        exact > quantities::Int128{INT64_MAX} ? quantities::Int128{INT64_MAX} : exact);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

} // namespace

ChangeTest considerableChange(std::optional<std::int64_t> existingLifetimePence,
                              std::optional<std::int64_t> proposedLifetimePence,
                              bool attributableToAuthority, bool materiallyDifferent) {
    ChangeTest test;
    if (materiallyDifferent) {
        test.recorded = true;
        test.considerable = true;
        test.explanation = "The proposed arrangement is materially different in character from "
                           "the existing contract, which is a considerable change.";
        return test;
    }
    if (!existingLifetimePence || !proposedLifetimePence) {
        test.explanation = "Give the lifetime value of the existing contract and of the proposed "
                           "one to record the considerable change test.";
        return test;
    }
    const auto existing = *existingLifetimePence;
    const auto proposed = *proposedLifetimePence;
    if (existing < 0 || proposed < 0) {
        test.explanation = "A lifetime value below zero cannot be tested; give both values again.";
        return test;
    }
    test.recorded = true;
    const auto values = "The lifetime value goes from " + quantities::formatPounds(existing) +
                        " to " + quantities::formatPounds(proposed);
    if (proposed <= existing) {
        test.explanation = values + ", which is no rise, so the change is not considerable.";
        return test;
    }
    const auto rise = proposed - existing;
    // At least 25% of the existing value: rise / existing >= 1/4, in integers.
    const bool bigRise = rise >= kConsiderableRisePence &&
                         quantities::Int128{rise} * 4 >= quantities::Int128{existing};
    const auto by = values + ", a rise of " + quantities::formatPounds(rise) + " (" +
                    percentOf(rise, existing) + ")";
    if (!bigRise) {
        test.explanation = by + ", under the £500,000 and 25% that together make a considerable "
                                "change.";
        return test;
    }
    if (!attributableToAuthority) {
        test.explanation = by + ", but the change is not attributable to the authority's "
                                "decision, so it is not a considerable change.";
        return test;
    }
    test.considerable = true;
    test.explanation = by + ", at least £500,000 and at least 25%, and the change is "
                            "attributable to the authority's decision: a considerable change.";
    return test;
}

} // namespace jointly::procurement

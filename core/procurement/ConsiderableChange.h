#pragma once

#include <cstdint>
#include <optional>
#include <string>

// The PSR's "considerable change" test, which decides whether direct award
// process C may be used to replace an expiring contract (PSR regulations
// 6(10) to 6(12); Burges Salmon, "Guidance on Direct Award C"): the change is
// considerable when the new arrangement is materially different in character
// from the existing contract, or when the change is attributable to the
// authority's decision and the lifetime value rises by at least £500,000 and
// by at least 25% of the existing contract's lifetime value. A fall in value
// is not a considerable change by value.
namespace jointly::procurement {

inline constexpr std::int64_t kConsiderableRisePence = 500'000'00;

struct ChangeTest {
    bool recorded = false;     // both lifetime values are known (or the change is material)
    bool considerable = false; // direct award C may not be used
    std::string explanation;   // the test worked through, in words
};

ChangeTest considerableChange(std::optional<std::int64_t> existingLifetimePence,
                              std::optional<std::int64_t> proposedLifetimePence,
                              bool attributableToAuthority, bool materiallyDifferent);

} // namespace jointly::procurement

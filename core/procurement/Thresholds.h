#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// The Procurement Act 2023's thresholds, including VAT, and whether a
// procurement's value sits on the right side of them for the regime chosen
// (../shared/research/procurement.md, section 1).
namespace jointly::procurement {

struct Thresholds {
    std::int64_t lightTouchPence = 0;
    std::int64_t subCentralPence = 0; // goods and services bought by councils and other bodies
    std::int64_t centralPence = 0;    // goods and services bought by central government bodies,
                                      // NHS trusts and foundation trusts among them
    std::string_view since;           // the date these apply from, in words
};

// The thresholds for a procurement started on `date` (YYYY-MM-DD): those of
// the Procurement Act 2023 (Threshold Amounts) (Amendment) Regulations 2025
// from 1 January 2026; before that, the Act's thresholds as it came into force.
Thresholds thresholdsOn(std::string_view date);

// What the user should know about the value against the thresholds of the
// regime chosen, or nothing when all is well: a value above a threshold
// under "below threshold", or below the threshold under the Act. The PSR has
// no threshold, nor does a grant or a service kept in-house. buyerKind is
// "central" or "sub_central".
std::optional<std::string> thresholdWarning(std::string_view regime, std::string_view buyerKind,
                                            std::optional<std::int64_t> valuePence,
                                            std::string_view date);

} // namespace jointly::procurement

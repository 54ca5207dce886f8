#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace jointly::storage {
class Database;
}

// How many decimal places an indicator's values are shown with. Public health
// figures are read to their published precision: Fingertips shows rates and
// percentages to one place, though its exports carry them unrounded.
namespace jointly::needs {

// The most places Jointly chooses by itself; values carrying more are shown
// to kUnroundedDecimals.
inline constexpr int kMostAutomaticDecimals = 3;
inline constexpr int kUnroundedDecimals = 1;

// The decimal places a value carries: those of the shortest decimal that
// reads back as exactly this number (12.3 carries 1, 2263.138309 carries 6,
// 45 carries 0). As the value was read from a file's text, this is what the
// file wrote. Not-finite values carry 0.
int decimalsCarried(double value);

// What Jointly chooses for values that carry these places: the most any of
// them carries when that is at most kMostAutomaticDecimals, otherwise
// kUnroundedDecimals. No values: kUnroundedDecimals.
int automaticDecimals(const std::vector<double>& values);

// An indicator's places: its own setting when it has one, else chosen from
// (up to the first 1,000 of) its live values.
int indicatorDecimals(storage::Database& db, std::int64_t indicatorId);

} // namespace jointly::needs

#pragma once

#include <cstddef>
#include <string>
#include <vector>

// The special-cause rules of an XmR chart, one function each, as NHS
// "Making Data Count" and the NHSRplotthedots R package state them
// (../shared/research/monitoring.md), so that each can be tested on its own
// against the packages' own test vectors. A point's side of the mean is +1
// above, -1 below and 0 exactly on it.
namespace jointly::monitoring::spc {

// 1 where a point ends a run of `length` points all on the same side of
// the mean; a point on the mean is on neither side, so it breaks a run and
// never makes one.
std::vector<int> runEnds(const std::vector<int>& sideOfMean, std::size_t length);

// +1 where a point ends `length` points each strictly higher than the one
// before, -1 where each is strictly lower; a tie breaks a trend. Nothing
// for a series shorter than `length`.
std::vector<int> trendEnds(const std::vector<double>& values, std::size_t length);

// 1 for every point of a run: a point whose run ends at it or at one of the
// `length` - 1 points after it.
std::vector<int> partOfRun(const std::vector<int>& ends, std::size_t length);

// 1 for a point in some window of three consecutive points all strictly on
// one side of the mean of which at least two are close to a limit (beyond
// the two-sigma line).
std::vector<int> twoInThree(const std::vector<int>& close, const std::vector<int>& sideOfMean);

// Of the points twoInThree marks, those that are themselves close to a
// limit: only they are special cause.
std::vector<int> partOfTwoInThree(const std::vector<int>& windows, const std::vector<int>& close);

// Why a point is special cause, the first that applies in NHSRplotthedots'
// order: beyond a limit, part of a trend, two of three close to a limit, a
// run on one side; with its direction (+1 high or rising, -1 low or
// falling).
enum class Cause { None, OutsideLimits, Trend, TwoOfThree, Shift };

struct PointCause {
    Cause cause = Cause::None;
    int direction = 0;
};

// outside: nonzero beyond a limit. The trend's direction at a point is the
// step to the next point when that point is in the trend too (so a peak
// shared by a rise and a fall is falling), else the step from the one
// before.
std::vector<PointCause> causes(const std::vector<double>& values,
                               const std::vector<int>& sideOfMean, const std::vector<int>& outside,
                               const std::vector<int>& partTrend,
                               const std::vector<int>& partTwoInThree,
                               const std::vector<int>& partShift);

// NHSRplotthedots' words for a cause: "7 Point Trend (Increasing)", "Above
// UCL", "2 in 3 Below CL", "7 Points Above CL", "Common Cause".
std::string causeLabel(const PointCause& cause, std::size_t runLength);

} // namespace jointly::monitoring::spc

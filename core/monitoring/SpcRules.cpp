#include "monitoring/SpcRules.h"

#include <cstdlib>

namespace jointly::monitoring::spc {

std::vector<int> runEnds(const std::vector<int>& sideOfMean, std::size_t length) {
    std::vector<int> ends(sideOfMean.size(), 0);
    if (length == 0) {
        return ends;
    }
    for (std::size_t i = length - 1; i < sideOfMean.size(); ++i) {
        bool same = sideOfMean[i] != 0;
        for (std::size_t k = 1; same && k < length; ++k) {
            same = sideOfMean[i - k] == sideOfMean[i];
        }
        ends[i] = same ? 1 : 0;
    }
    return ends;
}

std::vector<int> trendEnds(const std::vector<double>& values, std::size_t length) {
    std::vector<int> ends(values.size(), 0);
    if (length < 2 || values.size() < length) {
        return ends;
    }
    for (std::size_t i = length - 1; i < values.size(); ++i) {
        bool rising = true;
        bool falling = true;
        for (std::size_t k = i + 1 - length; k < i; ++k) {
            rising = rising && values[k + 1] > values[k];
            falling = falling && values[k + 1] < values[k];
        }
        ends[i] = rising ? 1 : falling ? -1 : 0;
    }
    return ends;
}

std::vector<int> partOfRun(const std::vector<int>& ends, std::size_t length) {
    std::vector<int> part(ends.size(), 0);
    for (std::size_t i = 0; i < ends.size(); ++i) {
        for (std::size_t k = i; k < ends.size() && k < i + length; ++k) {
            if (std::abs(ends[k]) == 1) {
                part[i] = 1;
            }
        }
    }
    return part;
}

std::vector<int> twoInThree(const std::vector<int>& close, const std::vector<int>& sideOfMean) {
    const std::size_t n = close.size();
    std::vector<int> marked(n, 0);
    // A window of three that starts at `first` (which may begin before the
    // series or run past it: points outside it count as neither).
    auto window = [&](long first) {
        int closeCount = 0;
        int side = 0;
        for (long k = first; k < first + 3; ++k) {
            if (k >= 0 && static_cast<std::size_t>(k) < n) {
                closeCount += close[static_cast<std::size_t>(k)] != 0 ? 1 : 0;
                side += sideOfMean[static_cast<std::size_t>(k)];
            }
        }
        return closeCount >= 2 && std::abs(side) == 3;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const long at = static_cast<long>(i);
        marked[i] = window(at - 2) || window(at - 1) || window(at) ? 1 : 0;
    }
    return marked;
}

std::vector<int> partOfTwoInThree(const std::vector<int>& windows, const std::vector<int>& close) {
    std::vector<int> part(windows.size(), 0);
    for (std::size_t i = 0; i < windows.size() && i < close.size(); ++i) {
        part[i] = windows[i] == 1 && std::abs(close[i]) == 1 ? 1 : 0;
    }
    return part;
}

namespace {

int sign(double difference) {
    return difference > 0 ? 1 : difference < 0 ? -1 : 0;
}

} // namespace

std::vector<PointCause> causes(const std::vector<double>& values,
                               const std::vector<int>& sideOfMean, const std::vector<int>& outside,
                               const std::vector<int>& partTrend,
                               const std::vector<int>& partTwoInThree,
                               const std::vector<int>& partShift) {
    const std::size_t n = values.size();
    std::vector<PointCause> all(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int side = sideOfMean[i] > 0 ? 1 : -1;
        if (outside[i] != 0) {
            all[i] = {Cause::OutsideLimits, sideOfMean[i] == 1 ? 1 : -1};
        } else if (partTrend[i] != 0) {
            const bool nextInTrend = i + 1 < n && partTrend[i + 1] != 0;
            int step = 0;
            if (nextInTrend) {
                step = sign(values[i + 1] - values[i]);
            } else if (i > 0) {
                step = sign(values[i] - values[i - 1]);
            }
            all[i] = {Cause::Trend, step == 1 ? 1 : -1};
        } else if (partTwoInThree[i] != 0) {
            all[i] = {Cause::TwoOfThree, side};
        } else if (partShift[i] != 0) {
            all[i] = {Cause::Shift, side};
        }
    }
    return all;
}

std::string causeLabel(const PointCause& cause, std::size_t runLength) {
    const bool high = cause.direction == 1;
    switch (cause.cause) {
    case Cause::OutsideLimits:
        return high ? "Above UCL" : "Below LCL";
    case Cause::Trend:
        return std::to_string(runLength) + " Point Trend (" + (high ? "In" : "De") + "creasing)";
    case Cause::TwoOfThree:
        return std::string("2 in 3 ") + (high ? "Above" : "Below") + " CL";
    case Cause::Shift:
        return std::to_string(runLength) + " Points " + (high ? "Above" : "Below") + " CL";
    case Cause::None:
        break;
    }
    return "Common Cause";
}

} // namespace jointly::monitoring::spc

#include "needs/IndicatorPrecision.h"

#include "needs/IndicatorImport.h"
#include "storage/Database.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

namespace jointly::needs {

int decimalsCarried(double value) {
    if (!std::isfinite(value)) {
        return 0;
    }
    // The shortest fixed-point text that reads back as the same double.
    char text[400];
    const auto written = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed);
    if (written.ec != std::errc()) {
        return 0;
    }
    const std::string_view digits(text, static_cast<std::size_t>(written.ptr - text));
    const auto point = digits.find('.');
    return point == std::string_view::npos ? 0 : static_cast<int>(digits.size() - point - 1);
}

int automaticDecimals(const std::vector<double>& values) {
    if (values.empty()) {
        return kUnroundedDecimals;
    }
    int most = 0;
    for (double value : values) {
        most = std::max(most, decimalsCarried(value));
        if (most > kMostAutomaticDecimals) {
            return kUnroundedDecimals;
        }
    }
    return most;
}

int indicatorDecimals(storage::Database& db, std::int64_t indicatorId) {
    auto setting = db.prepare("SELECT decimals FROM indicator WHERE id = ?1");
    setting.bind(1, indicatorId);
    if (setting.step() && !setting.isNull(0)) {
        return static_cast<int>(std::clamp<std::int64_t>(setting.int64(0), 0, 6));
    }
    auto values = db.prepare(std::string("SELECT v.value FROM indicator_value v WHERE "
                                         "v.indicator_id = ?1 AND v.value IS NOT NULL AND ") +
                             kLiveValue + " LIMIT 1000");
    values.bind(1, indicatorId);
    std::vector<double> found;
    while (values.step()) {
        found.push_back(values.real(0));
    }
    return automaticDecimals(found);
}

} // namespace jointly::needs

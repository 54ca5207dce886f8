#include "procurement/Thresholds.h"

#include "quantities/Money.h"

namespace jointly::procurement {

namespace {

std::string pounds(std::int64_t pence) {
    // Thresholds are whole pounds, so they are shown without pence.
    auto text = quantities::formatPounds(pence);
    if (text.size() > 3 && text.ends_with(".00")) {
        text.resize(text.size() - 3);
    }
    return text;
}

} // namespace

Thresholds thresholdsOn(std::string_view date) {
    if (date >= "2026-01-01") {
        return {.lightTouchPence = 663'540'00,
                .subCentralPence = 207'720'00,
                .centralPence = 135'018'00,
                .since = "from 1 January 2026"};
    }
    return {.lightTouchPence = 663'540'00,
            .subCentralPence = 214'904'00,
            .centralPence = 139'688'00,
            .since = "before 1 January 2026"};
}

std::optional<std::string> thresholdWarning(std::string_view regime, std::string_view buyerKind,
                                            std::optional<std::int64_t> valuePence,
                                            std::string_view date) {
    if (regime == "psr" || regime == "none") {
        return std::nullopt;
    }
    if (!valuePence) {
        return std::string("Give the estimated value, including VAT, to check it against the "
                           "Procurement Act 2023's thresholds.");
    }
    const auto limits = thresholdsOn(date);
    const bool central = buyerKind == "central";
    const auto standard = central ? limits.centralPence : limits.subCentralPence;
    const std::string buyer =
        central ? "a central government body's (NHS trusts among them)" : "a council's";
    const auto value = "At " + pounds(*valuePence) + " including VAT";
    if (regime == "below_threshold" && *valuePence >= limits.lightTouchPence) {
        return value + ", this is at or above the light-touch threshold of " +
               pounds(limits.lightTouchPence) + " (" + std::string(limits.since) +
               "), so the Procurement Act 2023 applies: choose the Act, light touch for social "
               "care and other light-touch services, or in full.";
    }
    if (regime == "below_threshold" && *valuePence >= standard) {
        return value + ", this is at or above the threshold of " + pounds(standard) + " for " +
               buyer + " goods and services (" + std::string(limits.since) +
               "), so the Procurement Act 2023 applies in full unless the services are "
               "light-touch ones (social care among them), whose threshold is " +
               pounds(limits.lightTouchPence) + ".";
    }
    if (regime == "act" && *valuePence < standard) {
        return value + ", this is below the threshold of " + pounds(standard) + " for " + buyer +
               " goods and services (" + std::string(limits.since) +
               "), so the Act's full rules need not apply: it may be run below threshold.";
    }
    if (regime == "act_light_touch" && *valuePence < limits.lightTouchPence) {
        return value + ", this is below the light-touch threshold of " +
               pounds(limits.lightTouchPence) + " (" + std::string(limits.since) +
               "), so it may be run below threshold.";
    }
    return std::nullopt;
}

} // namespace jointly::procurement

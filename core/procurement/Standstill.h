#pragma once

#include "Outcome.h"

#include <string>
#include <string_view>

// The standstill after an award decision, during which a contract may not be
// entered into, as each regime counts it (../shared/research/procurement.md).
namespace jointly::procurement {

enum class Regime {
    ProcurementAct,          // Procurement Act 2023, s.51
    ProviderSelectionRegime, // NHS Provider Selection Regime
};

inline constexpr int kStandstillWorkingDays = 8;

// The last day of the standstill after a notice published on noticeDate
// (YYYY-MM-DD), in England and Wales:
//  - under the Act, 8 working days beginning with the day the contract award
//    notice (UK6) is published;
//  - under the PSR, 8 working days counted from the day after the notice of
//    the intention to award is published.
// A contract may be entered into from the next day. Refuses, with a
// sentence, a date that is not one or falls outside the years whose bank
// holidays Jointly knows.
Outcome<std::string> standstillLastDay(std::string_view noticeDate, Regime regime);

} // namespace jointly::procurement

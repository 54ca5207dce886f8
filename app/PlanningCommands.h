#pragma once

#include "Command.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

// The planning stage's command-line verbs, each printing JSON:
//   jointly appraisal FILE [--priority NAME]
//   jointly pbma FILE --budget-change PERCENT
//   jointly budget FILE --year YYYY/YY
// args holds the whole command line after "jointly", verb first. Each returns
// an exit code from CommandLine.h.
namespace jointly::app {

int appraisalCommand(const Invocation& call);
int pbmaCommand(const Invocation& call);
int budgetCommand(const Invocation& call);

// A percentage as typed, such as "2.5", "-10" or "+5%", in basis points of
// 100% (250, -1000, 500), read exactly; at most two decimals. Nothing when
// the text is not such a percentage.
std::optional<std::int64_t> parsePercentBasisPoints(std::string_view text);

} // namespace jointly::app

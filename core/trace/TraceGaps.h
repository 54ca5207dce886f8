#pragma once

#include "trace/RecordWords.h"

#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// Where the chain from the evidence to the result is broken: priorities with
// no evidence, money allocated to nothing the plan names, contracts with no
// KPI, KPIs serving no outcome and outcomes with no measure. Listed in the
// navigator under the stage that keeps the record, and by
// `jointly trace FILE --gaps`.
namespace jointly::trace {

enum class GapKind {
    PriorityWithoutEvidence,
    MoneyFundingNothing,
    ContractWithoutKpi,
    KpiServingNoOutcome,
    OutcomeWithoutMeasure,
};

struct Gap {
    GapKind kind = GapKind::PriorityWithoutEvidence;
    TraceItem item; // the record where the chain breaks
    // What is missing and what to do: 'Priority “Carers' breaks” cites no
    // evidence: choose the needs statement it answers.'
    std::string sentence;
};

// Every gap, in the order of the cycle's stages and then of the list above.
std::vector<Gap> findGaps(storage::Database& db);

// The key of each kind of gap, as `--gaps --json` writes it:
// "priority-without-evidence".
std::string_view gapKey(GapKind kind);

} // namespace jointly::trace

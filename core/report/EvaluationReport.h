#pragma once

#include "Outcome.h"
#include "report/Report.h"

#include <cstdint>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// The tender evaluation report of one procurement, for the decision to
// award: the criteria and weights, the evaluators and the interests they
// declared, each evaluator's scores with reasons and the moderated scores,
// price scoring under the chosen formula and the others for comparison, the
// ranking and the recommendation. While an evaluator has not finished, the
// report says the results are withheld and shows no scores, as the window
// does. Each bidder's assessment summary (what the Procurement Act 2023
// s.50 requires it to be told) is a document of its own.
namespace jointly::report {

Outcome<Report> tenderEvaluationReport(storage::Database& db, std::int64_t procurementId,
                                       const std::string& generatedOn,
                                       const ReportProgress& progress = {});

struct BidderSummary {
    std::string bid; // the bidder's name
    Report report;
};

// One document per bidder, once the ranking is final; none before.
Outcome<std::vector<BidderSummary>>
bidderSummaries(storage::Database& db, std::int64_t procurementId, const std::string& generatedOn);

// Where each bidder's summary goes beside the report written to
// reportPath: "Award.pdf" gives "Award – Home Care Ltd.pdf", the bidder's
// name made safe for a file's name (a slash or colon becomes a dash, a
// long name is cut at a whole character), an unnamed bid "bid", and a name
// that comes again (the same provider in two lots, two names that are the
// same once made safe) numbered "(2)", "(3)", so no summary overwrites
// another.
std::vector<std::string> bidderSummaryPaths(const std::string& reportPath,
                                            const std::vector<BidderSummary>& summaries);

} // namespace jointly::report

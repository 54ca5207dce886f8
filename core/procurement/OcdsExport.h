#pragma once

#include "Outcome.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// The partnership's procurements as an Open Contracting Data Standard 1.1
// release package (../shared/research/procurement.md, section 6): one ocid
// per procurement, built from the partnership's registered prefix, with
// releases for planning (the budget split by funding partner), tender (the
// route, the milestones and notices, the lots and award criteria with their
// weights), award (the supplier, the standstill) and contract (the period
// with its latest possible end, the value, the KPIs as agreed metrics) and
// implementation (each KPI's figures and its yearly performance ratings as
// metric observations).
// Amounts are in GBP, written exactly from whole pence. The package declares
// the metrics, budget breakdown, lots, award criteria and UK extensions.
namespace jointly::procurement {

// The extensions the package declares, as their extension.json addresses.
const std::vector<std::string>& ocdsExtensions();

struct OcdsOptions {
    // The ocid prefix; empty takes the partnership's own.
    std::string prefix;
    // Only this procurement; none for every one.
    std::optional<std::int64_t> procurementId;
    // When the package is published, RFC 3339 in UTC ("2026-12-01T09:30:00Z").
    std::string publishedAt;
    // Today, YYYY-MM-DD: contracts not yet started are pending, and
    // milestones passed without being done are not met.
    std::string asAt;
};

struct OcdsPackage {
    std::string json;
    std::size_t procurements = 0;
    std::size_t releases = 0;
    // "“Meals” is delivered in-house: there is no contracting process to publish."
    std::vector<std::string> leftOut;
};

// The package as JSON text. Refuses, with a sentence and nothing written:
// no prefix (set one in the Procure stage or give one), a prefix not of the
// registered form, and a project with no procurement to publish. A
// StorageError may escape from a damaged file.
Outcome<OcdsPackage> ocdsPackage(storage::Database& db, const OcdsOptions& options);

// The same, written to outPath through a temporary file beside it that is
// renamed into place; a file that cannot be written is refused with a
// sentence naming it, and nothing is left behind.
Outcome<OcdsPackage> exportOcds(storage::Database& db, const OcdsOptions& options,
                                const std::string& outPath);

} // namespace jointly::procurement

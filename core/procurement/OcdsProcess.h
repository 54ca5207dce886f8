#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// One procurement as the OCDS export reads it from the project: everything
// its releases say, loaded in a few queries and held as plain values, so
// that building the releases (procurement/OcdsReleases.h) reads no file.
namespace jointly::procurement {

// A partner organisation, or a bidder the register does not hold (a bid
// with no provider chosen): the party's id in the releases is
// "partner-<id>" or "bidder-<bid id>".
struct OcdsOrganisation {
    std::string partyId;
    std::string name;
};

struct OcdsBudgetLine {
    std::int64_t id = 0; // the specification's budget line
    std::int64_t year = 0;
    std::optional<OcdsOrganisation> partner;
    std::int64_t pence = 0;
};

struct OcdsMilestone {
    std::int64_t id = 0;
    std::string step;
    std::string name;
    std::string dueOn; // YYYY-MM-DD, or empty
    bool done = false;
};

struct OcdsLot {
    std::int64_t id = 0;
    std::string name;
    std::string description;
};

struct OcdsCriterion {
    std::int64_t id = 0;
    std::string name;
    std::string category; // quality, price, social_value
    std::int64_t weightBp = 0;
    std::optional<std::int64_t> minimumScore;
    std::optional<std::int64_t> parentId;
    std::optional<std::int64_t> lotId; // none: every lot
};

struct OcdsBid {
    std::int64_t id = 0;
    OcdsOrganisation bidder;
    std::optional<std::int64_t> lotId;
};

// A KPI's figure for a period (none: recorded as missing), with its note
// and any annotation on the period.
struct OcdsFigure {
    std::string period;
    std::optional<std::int64_t> hundredths;
    std::string note;
};

// A KPI's rating in a contract assessment (Procurement Act s.71).
struct OcdsRating {
    std::int64_t assessmentId = 0;
    int year = 0;
    std::string rating; // good, approaching, requires_improvement, inadequate, other
    std::string explanation;
};

struct OcdsKpi {
    std::int64_t id = 0;
    std::string name;
    std::string definition;
    std::string unit;
    std::string polarity; // higher, lower, neither
    std::string frequency;
    std::optional<std::int64_t> targetHundredths;
    std::optional<std::int64_t> breachHundredths;
    std::string consequence;
    bool paysIncentive = false;
    std::vector<OcdsFigure> figures; // in period order
    std::vector<OcdsRating> ratings; // by year
};

struct OcdsFunder {
    std::optional<OcdsOrganisation> partner;
    std::int64_t shareBp = 0;
};

struct OcdsContract {
    std::int64_t id = 0;
    std::string name;
    std::optional<OcdsOrganisation> provider;
    std::string startsOn;
    std::string endsOn;
    std::string latestEndOn;
    std::string extensionDecisionOn;
    std::optional<std::int64_t> noticeMonths;
    std::string paymentBasis;
    std::optional<std::int64_t> atRiskBp;
    std::string incentive;
    std::optional<std::int64_t> totalPence; // every year added up; none on overflow
    std::vector<OcdsFunder> funders;
    std::vector<OcdsKpi> kpis;
};

// The bid ranked first, alone, in a final evaluation of a lot (or of the
// whole procurement when lotId is none).
struct OcdsWinner {
    std::optional<std::int64_t> lotId;
    OcdsOrganisation bidder;
};

struct OcdsProcess {
    std::int64_t id = 0;
    std::string name;
    std::string regime;
    std::string regimeReason;
    std::string route;
    std::string routeJustification;
    std::string buyerKind;                  // sub_central, central
    std::optional<std::int64_t> valuePence; // as given, or the specification's envelope
    std::string priceFormula;
    std::int64_t scaleMax = 4;
    std::optional<OcdsOrganisation> lead;
    std::string specificationName;
    std::string requirements;
    std::vector<OcdsBudgetLine> budget;
    std::vector<OcdsMilestone> milestones; // by date, undated last
    std::vector<OcdsLot> lots;
    std::vector<OcdsCriterion> criteria;
    std::vector<OcdsBid> bids;
    std::vector<OcdsContract> contracts;
    std::vector<OcdsWinner> winners; // only once loadWinners has run
    bool winnersLoaded = false;
};

// The partnership's name and ocid prefix, as stored.
struct OcdsPublisher {
    std::string name;
    std::string prefix;
};

OcdsPublisher loadPublisher(storage::Database& db);

// Every procurement, or the one with procurementId, in id order. A
// StorageError may escape from a damaged file.
std::vector<OcdsProcess> loadProcesses(storage::Database& db,
                                       std::optional<std::int64_t> procurementId);

// Fills each contract KPI's figures and ratings, for the implementation
// release (procurement/OcdsPerformance.cpp).
void loadPerformance(storage::Database& db, std::vector<OcdsProcess>& processes);

// Whether the releases need the evaluation's winners: an award decided
// (its notice done) with no contract yet, or a contract whose provider bid
// for more than one lot.
bool needsWinners(const OcdsProcess& process);

// Fills process.winners from the tender evaluation; an evaluation that
// cannot be scored leaves none. A StorageError may escape from a damaged
// file.
void loadWinners(storage::Database& db, OcdsProcess& process);

} // namespace jointly::procurement

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// The partnership's decision log: every decision taken at a workshop with
// what the Local Authorities (Executive Arrangements) Regulations 2012,
// reg 12, and NHS conflicts guidance ask a record to hold
// (../shared/research/workshop.md §1.5): the decision and its date, the
// reasons, the alternatives considered and rejected, the interests declared
// and how each was managed, who was present and whether the meeting was
// quorate for the item, how it was decided and the tally, and the actions
// agreed, which are the plan's actions.
namespace jointly::workshop {

struct AgreedAction {
    std::int64_t id = 0;
    std::string description;
    std::string owner;  // empty when none
    std::string due;    // YYYY-MM-DD, or empty
    std::string status; // "Not started", ...
};

struct LoggedDecision {
    std::int64_t id = 0;
    std::string workshop; // its name
    std::string heldOn;
    std::optional<std::int64_t> itemId;
    std::string item; // the agenda item's title, or empty
    std::string decidedOn;
    std::string decision;
    std::string outcome; // "Approved", ...
    std::string method;  // "Consensus", ...
    std::string tally;
    std::string reasons;
    std::string alternatives;
    std::string evidence;
    std::vector<std::string> present; // "Cllr Ann Hale (Westshire County Council)"
    std::vector<std::string> apologies;
    std::vector<std::string> interests; // "Dr Ola Ade: An interest in ...: excluded from the item."
    std::string quorum;                 // "Quorate for this item." or why not
    bool quorate = true;
    std::vector<AgreedAction> actions;
};

// Every decision, by workshop date, then decision date, then id.
std::vector<LoggedDecision> loadDecisionLog(storage::Database& db);

// The decisions of one workshop, in the same order.
std::vector<LoggedDecision> decisionsOfWorkshop(storage::Database& db, std::int64_t workshopId);

} // namespace jointly::workshop

#pragma once

#include <cstdint>
#include <string>

namespace jointly::storage {
class Database;
}

// The rules a workshop's records keep on every add and change, whether made
// in the window, by a command-line verb or by a ballot: each returns the
// sentence refusing the change, or nothing to let it stand (see
// records::RecordKind::refuseChange).
namespace jointly::workshop {

// A member is listed once per workshop; a substitute is present, stands in
// for another member of the same organisation who is not there, and is the
// only one standing in for them.
std::string refuseAttendanceChange(storage::Database& db, std::int64_t id);

// An item's scores stay on its own appraisal's criteria.
std::string refuseAgendaItemChange(storage::Database& db, std::int64_t id);

// A provider is listed once per item.
std::string refuseAgendaProviderChange(storage::Database& db, std::int64_t id);

// The chair records one action per member per item.
std::string refuseInterestActionChange(storage::Database& db, std::int64_t id);

// A round's scale runs upwards, and the votes already in still fit its rules.
std::string refuseRoundChange(storage::Database& db, std::int64_t id);

// A round's choices are locked once votes are in; a choice names an option
// of the item's own appraisal, and each priority, option, proposal or
// statement once.
std::string refuseChoiceChange(storage::Database& db, std::int64_t id);

// A vote is cast in an open round, on one of its choices, by a member
// present and free to vote on the item, with a value the round allows, once
// per choice (and criterion), within the member's dots or points.
std::string refuseVoteChange(storage::Database& db, std::int64_t id);

// A value is agreed once the round is closed, for one of its choices, once.
std::string refuseAgreedValueChange(storage::Database& db, std::int64_t id);

// A decision's item is on its workshop's agenda, and its round is the item's.
std::string refuseDecisionChange(storage::Database& db, std::int64_t id);

} // namespace jointly::workshop

#pragma once

#include "records/RecordKind.h"

#include <vector>

// The kinds of record a workshop keeps (issue 15): the session, who came,
// its agenda and the providers each item concerns, the chair's action on
// each interest, the rounds with their choices and votes, the values the
// group agreed, and the decisions taken. Their rules (a vote only from a
// member present and free to vote, choices locked once votes are in) are in
// WorkshopRules.
namespace jointly::workshop {

const records::RecordKind& workshop();
const records::RecordKind& attendance();
const records::RecordKind& agendaItem();
const records::RecordKind& agendaProvider();
const records::RecordKind& interestAction();
const records::RecordKind& round();
const records::RecordKind& roundChoice();
const records::RecordKind& vote();
const records::RecordKind& agreedValue();
const records::RecordKind& decision();

// Every kind above, in the order a workshop is prepared and held.
const std::vector<const records::RecordKind*>& allKinds();

} // namespace jointly::workshop

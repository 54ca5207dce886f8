#pragma once

#include "Command.h"

// The verbs of workshops: the record of one, the decision log, and a round's
// result (opening, closing and revealing it as the facilitator's window does).
namespace jointly::app {

int workshopRecordCommand(const Invocation& call);
int decisionsCommand(const Invocation& call);
int roundCommand(const Invocation& call);

} // namespace jointly::app

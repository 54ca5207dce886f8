#pragma once

#include "Command.h"

// The verbs that answer to boards and auditors across the whole cycle: the
// change history of the project or of one record, search across it, and the
// chains from the evidence to the result with their gaps.
namespace jointly::app {

int historyCommand(const Invocation& call);
int searchCommand(const Invocation& call);
int traceCommand(const Invocation& call);

} // namespace jointly::app

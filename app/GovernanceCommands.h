#pragma once

#include "Command.h"

// The verbs that answer to boards and auditors across the whole cycle: the
// change history of the project or of one record, and search across it.
namespace jointly::app {

int historyCommand(const Invocation& call);
int searchCommand(const Invocation& call);

} // namespace jointly::app

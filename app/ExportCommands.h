#pragma once

#include "Command.h"

// The verbs that write what the project holds in the forms other programs
// take: a calendar of its dates, a Better Care Fund expenditure plan.
namespace jointly::app {

int exportCalendarCommand(const Invocation& call);
int exportBcfCommand(const Invocation& call);

} // namespace jointly::app

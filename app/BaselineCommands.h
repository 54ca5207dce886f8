#pragma once

#include "Command.h"

// The verbs of baselines: freeze the plan as approved, and compare the plan
// now with a baseline.
namespace jointly::app {

int baselineCommand(const Invocation& call);
int compareCommand(const Invocation& call);

} // namespace jointly::app

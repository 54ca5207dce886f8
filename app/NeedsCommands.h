#pragma once

#include "Command.h"

// The verbs of the needs assessment stage.
namespace jointly::app {

int importIndicatorsCommand(const Invocation& call);
int importPopulationCommand(const Invocation& call);
int exportIndicatorsCommand(const Invocation& call);

} // namespace jointly::app

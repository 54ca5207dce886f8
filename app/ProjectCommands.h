#pragma once

#include "Command.h"

// The verbs for the project file as a whole.
namespace jointly::app {

int checkCommand(const Invocation& call);
int statusCommand(const Invocation& call);
int newCommand(const Invocation& call);
int exportJsonCommand(const Invocation& call);
int importJsonCommand(const Invocation& call);

} // namespace jointly::app

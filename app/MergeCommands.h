#pragma once

#include "Command.h"

// The verbs of drafting offline together: take a copy to work offline, send
// the changes made in it, and merge them back.
namespace jointly::app {

int copyForOfflineCommand(const Invocation& call);
int changesCommand(const Invocation& call);
int mergeCommand(const Invocation& call);

} // namespace jointly::app

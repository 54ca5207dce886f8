#pragma once

#include "Command.h"

// The verbs of copying records between projects: the command line's
// clipboard is a file.
namespace jointly::app {

int copyRecordsCommand(const Invocation& call);
int pasteRecordsCommand(const Invocation& call);

} // namespace jointly::app

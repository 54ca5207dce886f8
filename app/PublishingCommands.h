#pragma once

#include "Command.h"

// Publishing the procurement stage as open data:
//   jointly export-ocds FILE OUT.json [--prefix ocds-xxxxxx] [--procurement NAME]
// Returns an exit code from CommandLine.h.
namespace jointly::app {

int exportOcdsCommand(const Invocation& call);

} // namespace jointly::app

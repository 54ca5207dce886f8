#pragma once

#include "Command.h"

// The command-line verbs for contract performance and the printable
// dashboard:
//   jointly performance FILE [--contract CONTRACT] [--as-at DATE]
//   jointly assess FILE CONTRACT YEAR [--as-at DATE] [--preview]
//   jointly dashboard FILE OUT [--as-at DATE]
// Each returns an exit code from CommandLine.h.
namespace jointly::app {

int performanceCommand(const Invocation& call);
int assessCommand(const Invocation& call);
int dashboardCommand(const Invocation& call);

} // namespace jointly::app

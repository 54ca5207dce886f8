#pragma once

#include "Command.h"

// The reports a board takes (the commissioning plan, a tender evaluation,
// the monitoring report) as PDF, ODT or HTML:
//   jointly report FILE plan|evaluation|monitoring OUT [--procurement NAME]
//                  [--sections KEYS] [--as-at DATE]
// Returns an exit code from CommandLine.h.
namespace jointly::app {

int reportCommand(const Invocation& call);

} // namespace jointly::app

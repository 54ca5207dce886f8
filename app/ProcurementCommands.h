#pragma once

#include "Command.h"

// The procurement stage's command-line verbs:
//   jointly timeline FILE [--procurement NAME]       (JSON)
//   jointly plan-timeline FILE --procurement NAME --from DATE
//   jointly evaluation FILE [--procurement NAME]     (JSON)
//   jointly contracts FILE [--due-within MONTHS]     (JSON)
// Each returns an exit code from CommandLine.h.
namespace jointly::app {

int timelineCommand(const Invocation& call);
int planTimelineCommand(const Invocation& call);
int evaluationCommand(const Invocation& call);
int contractsCommand(const Invocation& call);

} // namespace jointly::app

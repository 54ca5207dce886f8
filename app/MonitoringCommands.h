#pragma once

#include "Command.h"

// The monitoring stage's command-line verbs:
//   jointly spc SERIES.csv --direction increase|decrease|neither [--target VALUE]
//               [--rebase PERIOD]... [--fix-after N] [--rules nhs-england|plotthedots]
//   jointly kpis FILE [--json]
//   jointly import-actuals FILE KPI CSV
//   jointly next-cycle FILE [--as-at DATE] [--preview]
//   jointly review FILE [--as-at DATE]
// Each returns an exit code from CommandLine.h.
namespace jointly::app {

int spcCommand(const Invocation& call);
int kpisCommand(const Invocation& call);
int importActualsCommand(const Invocation& call);
int nextCycleCommand(const Invocation& call);
int reviewCommand(const Invocation& call);

} // namespace jointly::app

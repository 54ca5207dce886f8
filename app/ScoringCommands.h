#pragma once

#include "Command.h"

// The tender evaluation's edits from the command line, through the same
// core as the Evaluation tab:
//   jointly score FILE EVALUATOR BID CRITERION SCORE [--note TEXT]
//   jointly moderate FILE BID CRITERION SCORE --reason TEXT
// Each returns an exit code from CommandLine.h.
namespace jointly::app {

int scoreCommand(const Invocation& call);
int moderateCommand(const Invocation& call);

} // namespace jointly::app

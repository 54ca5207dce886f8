#pragma once

#include "Command.h"

// The verbs of the partnership stage.
namespace jointly::app {

int termsOfReferenceCommand(const Invocation& call);

} // namespace jointly::app

#pragma once

#include "Command.h"

// The verbs for records of any kind, through the same core path as the
// window's tables and forms: list, add, set and delete. KIND is the kind's
// name in the users' words ("member", "partner-organisation"), FIELD a field's
// label ("annual-contribution"), and values are typed as in the window.
namespace jointly::app {

int listCommand(const Invocation& call);
int addCommand(const Invocation& call);
int setCommand(const Invocation& call);
int deleteCommand(const Invocation& call);
// Every record of a kind as an XLSX workbook or a CSV file, as File > Export
// table writes it.
int exportTableCommand(const Invocation& call);

} // namespace jointly::app

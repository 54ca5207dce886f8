#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace jointly::app {

// jointly status FILE [--json]: each stage's completeness and what is still
// to do, exactly as the navigator shows them (from core's list of stages),
// and how many of each thing the file holds. Reads the file without changing
// it.
int statusCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace jointly::app

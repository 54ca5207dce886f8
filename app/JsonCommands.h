#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace jointly::app {

// jointly export-json FILE OUT.json: the whole project as JSON.
int exportJson(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
// jointly import-json IN.json NEW.jointly: a new project from JSON, checked first.
int importJson(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace jointly::app

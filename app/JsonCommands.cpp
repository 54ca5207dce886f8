#include "JsonCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "Outcome.h"
#include "interchange/ProjectJson.h"

namespace jointly::app {

int exportJson(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 3) {
        return usage(err, "export-json needs FILE and OUT.json.");
    }
    auto written = interchange::writeProjectJson(args[1], args[2]);
    if (!written.ok()) {
        return fail(err, written.error());
    }
    out << "Wrote " << args[2] << "\n";
    return kOk;
}

int importJson(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 3) {
        return usage(err, "import-json needs IN.json and NEW.jointly.");
    }
    auto created = interchange::importProjectJson(args[1], args[2]);
    if (!created.ok()) {
        return fail(err, created.error());
    }
    out << "Created " << args[2] << " from " << args[1] << "\n";
    return kOk;
}

} // namespace jointly::app

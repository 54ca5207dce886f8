#include "ProjectCommands.h"

#include "CommandSupport.h"
#include "project/FileInspection.h"
#include "stages/FileSummary.h"

#include <nlohmann/json.hpp>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;

Json stageJson(const stages::StageStatus& status) {
    const auto& stage = *status.stage;
    Json json = {
        {"key", stage.key}, {"name", stage.name}, {"title", stage.title}, {"built", stage.built()}};
    if (!stage.built()) {
        json["notBuiltYet"] = stage.notBuiltYet;
        return json;
    }
    const auto& progress = status.progress;
    json["percent"] = progress.percent();
    json["complete"] = progress.missing.empty();
    json["partsFilledIn"] = progress.done;
    json["parts"] = progress.total;
    json["stillToDo"] = progress.missing;
    return json;
}

void printJson(const std::string& file, const stages::FileSummary& summary, std::ostream& out) {
    Json json = {{"file", project::displayName(file)},
                 {"partnership", summary.partnershipName},
                 {"format", summary.schemaVersion},
                 {"needsUpgrade", summary.needsUpgrade},
                 {"integrity", summary.integrity}};
    json["stages"] = Json::array();
    for (const auto& status : summary.stages) {
        json["stages"].push_back(stageJson(status));
    }
    json["holds"] = Json::object();
    for (const auto& [what, count] : summary.counts) {
        json["holds"][what] = count;
    }
    out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

std::string capitalised(std::string text) {
    if (!text.empty()) {
        text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    }
    return text;
}

void printText(const std::string& file, const stages::FileSummary& summary, std::ostream& out) {
    out << project::displayName(file) << ": "
        << (summary.partnershipName.empty() ? "(no name)" : summary.partnershipName) << "\n\n";
    for (const auto& status : summary.stages) {
        const auto& stage = *status.stage;
        out << stage.title << ": ";
        if (!stage.built()) {
            out << "not built yet\n";
            continue;
        }
        const auto& progress = status.progress;
        if (progress.missing.empty()) {
            out << "complete\n";
            continue;
        }
        out << progress.percent() << "% complete, " << progress.missing.size() << " to do\n";
        for (const auto& line : progress.missing) {
            out << "  - " << line << "\n";
        }
    }
    out << "\nThe file holds:\n";
    for (const auto& [what, count] : summary.counts) {
        out << "  " << capitalised(what) << ": " << count << "\n";
    }
}

} // namespace

int statusCommand(const Invocation& call) {
    const std::string& file = call.positional[0];
    const bool json = call.flag("--json");
    auto& out = call.out;
    auto& err = call.err;
    auto summary = stages::summariseProjectFile(file);
    if (!summary.ok()) {
        return fail(err, summary.error());
    }
    if (json) {
        printJson(file, summary.value(), out);
    } else {
        printText(file, summary.value(), out);
    }
    return kOk;
}

} // namespace jointly::app

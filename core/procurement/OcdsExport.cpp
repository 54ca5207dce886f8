#include "procurement/OcdsExport.h"

#include "procurement/OcdsIdentifiers.h"
#include "procurement/OcdsProcess.h"
#include "procurement/OcdsReleases.h"
#include "project/FileInspection.h"
#include "storage/Database.h"
#include "util/ExactJson.h"
#include "util/PartialFile.h"

#include <filesystem>

namespace jointly::procurement {

const std::vector<std::string>& ocdsExtensions() {
    static const std::vector<std::string> extensions = {
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/"
        "1.1/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/"
        "ocds_budget_breakdown_extension/master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/"
        "master/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/"
        "ocds_awardCriteria_extension/master/extension.json",
        "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json",
    };
    return extensions;
}

Outcome<OcdsPackage> ocdsPackage(storage::Database& db, const OcdsOptions& options) {
    const auto publisher = loadPublisher(db);
    const auto prefix = options.prefix.empty() ? publisher.prefix : options.prefix;
    if (prefix.empty()) {
        return Error{ErrorKind::Invalid,
                     "The partnership has no OCDS prefix yet. Enter the prefix the Open "
                     "Contracting Partnership registered for it (ocds- and six letters or "
                     "digits) on the Procure page, or give one with --prefix."};
    }
    if (auto problem = prefixProblem(prefix); !problem.empty()) {
        return Error{ErrorKind::Invalid, problem};
    }
    OcdsPackage package;
    util::Json releases = util::Json::array();
    auto processes = loadProcesses(db, options.procurementId);
    if (options.procurementId && processes.empty()) {
        return Error{ErrorKind::NotFound,
                     "There is no procurement " + std::to_string(*options.procurementId) +
                         " in this project: see the list on the Procure page."};
    }
    for (auto& process : processes) {
        const std::string name = process.name.empty() ? "unnamed procurement" : process.name;
        if (process.route == "in_house") {
            package.leftOut.push_back("“" + name +
                                      "” is delivered in-house: there is no contracting process "
                                      "to publish.");
            continue;
        }
        ++package.procurements;
        if (needsWinners(process)) {
            loadWinners(db, process);
        }
        for (auto& release :
             releasesOf(process, {ocidOf(prefix, process.id), options.publishedAt, options.asAt})) {
            releases.push_back(std::move(release));
            ++package.releases;
        }
    }
    if (package.releases == 0) {
        return Error{ErrorKind::Invalid,
                     options.procurementId
                         ? std::string("That procurement is delivered in-house, so it has no "
                                       "contracting process to publish.")
                         : std::string("There is no procurement to publish yet: add one on the "
                                       "Procure page first.")};
    }
    util::Json document = util::Json::object();
    document["uri"] = "urn:" + prefix + ":" + options.publishedAt;
    document["version"] = "1.1";
    document["extensions"] = ocdsExtensions();
    document["publishedDate"] = options.publishedAt;
    document["publisher"] = util::Json::object(
        {{"name", publisher.name.empty() ? std::string("Unnamed partnership") : publisher.name}});
    document["releases"] = std::move(releases);
    package.json = util::dumpExact(document);
    return package;
}

Outcome<OcdsPackage> exportOcds(storage::Database& db, const OcdsOptions& options,
                                const std::string& outPath) {
    auto package = ocdsPackage(db, options);
    if (!package.ok()) {
        return package;
    }
    std::error_code same;
    if (std::filesystem::equivalent(outPath, db.path(), same)) {
        return Error{ErrorKind::Invalid,
                     project::displayName(outPath) +
                         " is the project itself: choose another file for the OCDS package."};
    }
    util::PartialFile file(outPath, project::displayName(outPath));
    if (auto opened = file.opened(); !opened.ok()) {
        return opened.error();
    }
    file.stream() << package.value().json;
    if (auto committed = file.commit(); !committed.ok()) {
        return committed.error();
    }
    return package;
}

} // namespace jointly::procurement

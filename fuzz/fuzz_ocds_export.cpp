// Fuzzes the OCDS export (`jointly export-ocds`, File > Export procurement
// as OCDS) with random projects: the bytes are project JSON, imported as a
// new project as `jointly import-json` does; when it is accepted, its
// procurements are exported as an OCDS release package, which must always be
// valid against the OCDS 1.1.5 release package and release schemas with the
// extensions it declares, and their codelists (tests/fixtures/ocds, checked
// by the tests' validator).
//
// Aborts when an accepted project cannot be exported for any reason but
// having nothing to publish, or when the package is not valid.

#include "FuzzSupport.h"

#include "core/OcdsValidator.h"
#include "interchange/ProjectJson.h"
#include "procurement/OcdsExport.h"
#include "project/Project.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace jointly;

namespace {

[[noreturn]] void giveUp(const std::string& what) {
    std::fprintf(stderr, "jointly fuzz: %s\n", what.c_str());
    std::abort();
}

const OcdsValidator& validator() {
    static const OcdsValidator instance(
        std::string(JOINTLY_FIXTURES_DIR) + "/ocds",
        {"metrics", "budget_breakdown", "lots", "awardCriteria", "uk"});
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string imported = fuzz::workFile("Published.jointly");
    fuzz::removeProject(imported);
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    if (!interchange::importProjectJsonText(json, imported).ok()) {
        return 0;
    }
    project::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto opened = project::Project::open(imported, readOnly);
    if (!opened.ok()) {
        giveUp("an imported project does not open: " + opened.error().message);
    }
    procurement::OcdsOptions options;
    options.prefix = "ocds-fuzz00";
    options.publishedAt = "2026-12-01T09:00:00Z";
    options.asAt = "2026-12-01";
    auto package = procurement::ocdsPackage(opened.value()->database(), options);
    if (!package.ok()) {
        if (package.error().message.find("to publish") == std::string::npos) {
            giveUp("an imported project does not export as OCDS: " + package.error().message);
        }
        return 0;
    }
    const auto parsed = nlohmann::json::parse(package.value().json, nullptr, false);
    if (parsed.is_discarded()) {
        giveUp("the OCDS package is not JSON");
    }
    const auto faults = validator().validatePackage(parsed);
    if (!faults.empty()) {
        giveUp("the OCDS package is not valid: " + faults.front());
    }
    return 0;
}

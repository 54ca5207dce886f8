// Fuzzes the JSON import (`jointly import-json`): the bytes are the JSON
// text, imported into a new project. When it is accepted, the new project is
// opened read-only and read as the app would read it, then exported as JSON
// and that JSON imported and exported again: the two exports must be the
// same bytes, since a round trip keeps a project byte for byte.

#include "FuzzSupport.h"

#include "interchange/ProjectJson.h"
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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string imported = fuzz::workFile("Imported.jointly");
    static const std::string again = fuzz::workFile("Again.jointly");
    fuzz::removeProject(imported);
    fuzz::removeProject(again);

    const std::string_view json(reinterpret_cast<const char*>(data), size);
    if (!interchange::importProjectJsonText(json, imported).ok()) {
        return 0;
    }
    {
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto opened = project::Project::open(imported, readOnly);
        if (!opened.ok()) {
            giveUp("an imported project does not open: " + opened.error().message);
        }
        fuzz::readEverything(opened.value()->database(), fuzz::Tolerate::Nothing);
    }
    auto first = interchange::exportProjectJson(imported);
    if (!first.ok()) {
        giveUp("an imported project does not export: " + first.error().message);
    }
    auto reimported = interchange::importProjectJsonText(first.value(), again);
    if (!reimported.ok()) {
        giveUp("an exported project does not import: " + reimported.error().message);
    }
    auto second = interchange::exportProjectJson(again);
    if (!second.ok() || second.value() != first.value()) {
        giveUp("a project exported, imported and exported again is not the same JSON");
    }
    return 0;
}

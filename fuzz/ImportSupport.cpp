#include "ImportSupport.h"

#include "FuzzSupport.h"

#include "needs/IndicatorImport.h"
#include "storage/Database.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace jointly::fuzz {

namespace {

[[noreturn]] void giveUp(const std::string& what) {
    std::fprintf(stderr, "jointly fuzz: %s\n", what.c_str());
    std::abort();
}

// The empty project every input starts from, made the first time.
const std::string& emptyProject() {
    static const std::string path = [] {
        const std::string file = workFile("Empty.jointly");
        auto created = project::Project::create(file, "Fuzzing partnership");
        if (!created.ok()) {
            giveUp("cannot create a project: " + created.error().message);
        }
        return file;
    }();
    return path;
}

std::int64_t liveValues(storage::Database& db) {
    return db.queryInt64(std::string("SELECT count(*) FROM indicator_value v WHERE ") +
                         needs::kLiveValue);
}

void expect(bool met, const std::string& what) {
    if (!met) {
        giveUp("broken expectation: " + what);
    }
}

} // namespace

std::unique_ptr<project::Project> freshProject() {
    const std::string& empty = emptyProject();
    static const std::string path = workFile("Project.jointly");
    removeProject(path);
    std::error_code ec;
    std::filesystem::copy_file(empty, path, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) {
        giveUp("cannot copy the empty project: " + ec.message());
    }
    auto opened = project::Project::open(path);
    if (!opened.ok()) {
        giveUp("cannot open the copy of the empty project: " + opened.error().message);
    }
    return std::move(opened.value());
}

void importIndicatorsBothWays(const std::string& csvPath,
                              const std::optional<needs::Mapping>& mapping) {
    auto project = freshProject();
    needs::ImportOptions strict;
    strict.mapping = mapping;
    const auto first = needs::importIndicators(*project, csvPath, strict);

    needs::ImportOptions lenient;
    lenient.mapping = mapping;
    lenient.skipBadRows = true;
    lenient.duplicates = needs::DuplicateRule::Replace;
    lenient.dataAsAt = "2026-04-01";
    const auto second = needs::importIndicators(*project, csvPath, lenient);

    if (first.ok()) {
        const auto& held = first.value();
        expect(held.rowsImported == held.rowsRead && held.rowsSkipped == 0,
               "an import that stops at bad rows imported every row it read");
        expect(second.ok(), "the same file imports again, replacing its rows");
        const auto& again = second.value();
        expect(again.rowsRead == held.rowsRead && again.rowsImported == held.rowsImported &&
                   again.rowsAlreadyHeld == held.rowsImported && again.rowsSkipped == 0,
               "the second import replaced every row of the first");
        expect(liveValues(project->database()) == static_cast<std::int64_t>(again.rowsImported),
               "the live values are the second import's rows");
    }
    if (!first.ok() && !second.ok()) {
        return;
    }
    fuzz::readIndicators(project->database(), fuzz::Tolerate::Nothing);
    const auto expected = liveValues(project->database());
    expect(project->undo().ok(), "the last import can be undone");
    if (first.ok()) {
        expect(liveValues(project->database()) == expected,
               "undoing the second import brings the first import's rows back");
    } else {
        expect(liveValues(project->database()) == 0, "undoing the only import leaves no values");
    }
    expect(project->redo().ok(), "the import can be redone");
    expect(liveValues(project->database()) == expected, "redoing the import shows its rows again");
}

} // namespace jointly::fuzz

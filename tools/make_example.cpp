// Builds the example partnership's project file at build time:
//
//   make_example PARTNERSHIP_SQL OUT INDICATORS_CSV POPULATION_CSV NEEDS_SQL PLAN_SQL
//                [STAGE_SQL...]
//
// The partnership script is written for file format 1: the file is made at
// format 1, the script runs in one transaction and the file is upgraded to the
// current format like any older project. The indicator extract (a Fingertips
// export) and the population figures are then imported through Jointly's own
// importers, as a user would import them, and the scripts of the needs, plan and
// later stages, which cite what was imported, run last, each in one transaction.
#include "history/EditHistory.h"
#include "needs/IndicatorImport.h"
#include "needs/PopulationImport.h"
#include "project/Project.h"
#include "project/Schema.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

bool readScript(const char* path, std::string& text) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "make_example: cannot read " << path << "\n";
        return false;
    }
    std::stringstream contents;
    contents << in.rdbuf();
    text = contents.str();
    return true;
}

void runScript(jointly::storage::Database& db, const std::string& script) {
    jointly::storage::Transaction transaction(db);
    db.executeTrustedScript(script);
    transaction.commit();
}

// Imports the figures through the project, as the window and the command line
// do. Returns a sentence on failure, empty on success.
std::string importFigures(const std::string& path, const std::string& indicators,
                          const std::string& population) {
    auto project = jointly::project::Project::open(path);
    if (!project.ok()) {
        return project.error().message;
    }
    jointly::needs::ImportOptions options;
    options.dataAsAt = "2025-11-04";
    auto imported = jointly::needs::importIndicators(*project.value(), indicators, options);
    if (!imported.ok()) {
        return imported.error().message;
    }
    auto people = jointly::needs::importPopulation(*project.value(), population);
    if (!people.ok()) {
        return people.error().message;
    }
    return {};
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 7) {
        std::cerr << "usage: make_example PARTNERSHIP_SQL OUT INDICATORS_CSV POPULATION_CSV "
                     "NEEDS_SQL PLAN_SQL [STAGE_SQL...]\n";
        return 2;
    }
    std::string partnershipScript;
    if (!readScript(argv[1], partnershipScript)) {
        return 1;
    }
    // The stages' scripts after the imports, in the order of the cycle.
    std::vector<std::string> stageScripts;
    for (int i = 5; i < argc; ++i) {
        if (!readScript(argv[i], stageScripts.emplace_back())) {
            return 1;
        }
    }
    const std::string out = argv[2];
    const std::string partial = out + ".building";
    std::filesystem::remove(partial);
    try {
        {
            jointly::storage::Database db(partial, jointly::storage::OpenMode::Create);
            db.execute("PRAGMA application_id = " +
                       std::to_string(jointly::project::kApplicationId));
            jointly::project::migrateTo(db, 1);
            runScript(db, partnershipScript);
            jointly::project::migrateToCurrent(db);
        }
        if (auto problem = importFigures(partial, argv[3], argv[4]); !problem.empty()) {
            std::filesystem::remove(partial);
            std::cerr << "make_example: " << problem << "\n";
            return 1;
        }
        {
            jointly::storage::Database db(partial, jointly::storage::OpenMode::ReadWrite);
            for (const auto& script : stageScripts) {
                runScript(db, script);
            }
            // The example starts with no undo history: what built it is not
            // the user's to undo.
            jointly::history::EditHistory::forget(db);
            db.execute("VACUUM");
        }
        std::filesystem::rename(partial, out);
    } catch (const std::exception& error) {
        std::filesystem::remove(partial);
        std::cerr << "make_example: " << error.what() << "\n";
        return 1;
    }
    return 0;
}

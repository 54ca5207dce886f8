// Builds the example partnership's project file from its SQL scripts at build
// time: make_example SCRIPT OUT [PLAN_SCRIPT]. The first script is written for
// file format 1 and the plan script for format 3: the file is created at
// format 1, each script runs in one transaction at the format it was written
// for, and the file is then upgraded to the current format like any older
// project.
#include "project/Schema.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

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

} // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 4) {
        std::cerr << "usage: make_example SCRIPT OUT [PLAN_SCRIPT]\n";
        return 2;
    }
    std::string script;
    std::string planScript;
    if (!readScript(argv[1], script) || (argc == 4 && !readScript(argv[3], planScript))) {
        return 1;
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
            jointly::storage::Transaction transaction(db);
            db.executeTrustedScript(script);
            transaction.commit();
            if (!planScript.empty()) {
                jointly::project::migrateTo(db, 3);
                jointly::storage::Transaction planTransaction(db);
                db.executeTrustedScript(planScript);
                planTransaction.commit();
            }
            jointly::project::migrateToCurrent(db);
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

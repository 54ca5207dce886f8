// Builds the example partnership's project file from its SQL script at build
// time: make_example SCRIPT OUT. The script is written for file format 1; the
// file is created at format 1, the script runs in one transaction, and the
// file is then upgraded to the current format like any older project.
#include "project/Schema.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: make_example SCRIPT OUT\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "make_example: cannot read " << argv[1] << "\n";
        return 1;
    }
    std::stringstream script;
    script << in.rdbuf();
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
            db.executeTrustedScript(script.str());
            transaction.commit();
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

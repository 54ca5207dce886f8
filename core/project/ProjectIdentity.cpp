#include "project/ProjectIdentity.h"

#include "storage/Database.h"

namespace jointly::project {

std::string projectIdentity(storage::Database& db) {
    if (!db.tableExists("project_identity")) {
        return {};
    }
    auto read = db.prepare("SELECT uid FROM project_identity WHERE id = 1");
    return read.step() ? read.text(0) : std::string();
}

} // namespace jointly::project

#pragma once

#include "project/StageProgress.h"

namespace jointly::storage {
class Database;
}

namespace jointly::planning {

// How complete the plan is, and what is still to do.
StageProgress planningProgress(storage::Database& db);

} // namespace jointly::planning

#pragma once

#include "project/StageProgress.h"

namespace jointly::storage {
class Database;
}

namespace jointly::needs {

// How complete the needs assessment is, and what is still to do.
StageProgress needsProgress(storage::Database& db);

} // namespace jointly::needs

#pragma once

#include "project/StageProgress.h"

namespace jointly::storage {
class Database;
}

namespace jointly::procurement {

// How complete the procurement stage is, and what is still to do.
StageProgress procurementProgress(storage::Database& db);

} // namespace jointly::procurement

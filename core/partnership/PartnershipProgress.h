#pragma once

#include "project/StageProgress.h"

namespace jointly::storage {
class Database;
}

namespace jointly::partnership {

using jointly::StageProgress;

StageProgress partnershipProgress(storage::Database& db);

} // namespace jointly::partnership

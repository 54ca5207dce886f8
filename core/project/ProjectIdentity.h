#pragma once

#include <string>

namespace jointly::storage {
class Database;
}

namespace jointly::project {

// The project's identity (format 19): 32 hexadecimal digits made at random
// when the file was created or upgraded, the same in every copy of it.
// Empty for a file before format 19, or one whose identity was removed.
std::string projectIdentity(storage::Database& db);

} // namespace jointly::project

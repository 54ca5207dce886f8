#pragma once

#include <cstdint>
#include <string>

namespace jointly::storage {
class Database;
}

// The rules the contract register keeps on what a contract delivers, run
// inside the edit (RecordKind::refuseChange): a sentence refuses the change.
namespace jointly::procurement {

// A service of the service map is listed once per contract.
std::string refuseContractServiceChange(storage::Database& db, std::int64_t rowId);

// A specification is listed once per contract, and not when it is the one
// the contract was procured for (its own Specification field).
std::string refuseContractSpecificationChange(storage::Database& db, std::int64_t rowId);

} // namespace jointly::procurement

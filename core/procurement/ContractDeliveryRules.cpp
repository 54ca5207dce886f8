#include "procurement/ContractDeliveryRules.h"

#include "storage/Database.h"
#include "util/Text.h"

namespace jointly::procurement {

namespace {

std::string named(const std::string& name, const char* otherwise) {
    return util::curlyQuoted(name.empty() ? std::string(otherwise) : name);
}

} // namespace

std::string refuseContractServiceChange(storage::Database& db, std::int64_t rowId) {
    auto row = db.prepare("SELECT s.name, c.name FROM contract_service x JOIN service s ON s.id = "
                          "x.service_id JOIN contract c ON c.id = x.contract_id WHERE x.id = ?1 "
                          "AND EXISTS (SELECT 1 FROM contract_service o WHERE o.contract_id = "
                          "x.contract_id AND o.service_id = x.service_id AND o.id <> x.id)");
    row.bind(1, rowId);
    if (!row.step()) {
        return {};
    }
    return named(row.text(0), "unnamed service") + " is already a service the contract " +
           named(row.text(1), "unnamed contract") + " delivers.";
}

std::string refuseContractSpecificationChange(storage::Database& db, std::int64_t rowId) {
    auto row = db.prepare(
        "SELECT s.name, c.name, c.specification_id IS x.specification_id, EXISTS (SELECT 1 FROM "
        "contract_specification o WHERE o.contract_id = x.contract_id AND o.specification_id = "
        "x.specification_id AND o.id <> x.id) FROM contract_specification x JOIN specification s "
        "ON s.id = x.specification_id JOIN contract c ON c.id = x.contract_id WHERE x.id = ?1");
    row.bind(1, rowId);
    if (!row.step()) {
        return {};
    }
    const auto specification = named(row.text(0), "unnamed specification");
    const auto contract = named(row.text(1), "unnamed contract");
    if (row.int64(2) != 0) {
        return specification + " is the specification the contract " + contract +
               " was procured for already; list here only the others it covers.";
    }
    if (row.int64(3) != 0) {
        return specification + " is already listed as covered by the contract " + contract + ".";
    }
    return {};
}

} // namespace jointly::procurement

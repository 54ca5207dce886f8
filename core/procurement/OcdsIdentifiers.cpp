#include "procurement/OcdsIdentifiers.h"

#include "storage/Database.h"

namespace jointly::procurement {

namespace {

bool lowerLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

constexpr std::string_view kStart = "ocds-";
constexpr std::size_t kRegisteredLength = 6;

} // namespace

bool isOcidPrefix(std::string_view prefix) {
    if (prefix.size() != kStart.size() + kRegisteredLength || !prefix.starts_with(kStart)) {
        return false;
    }
    for (char c : prefix.substr(kStart.size())) {
        if (!lowerLetterOrDigit(c)) {
            return false;
        }
    }
    return true;
}

std::string prefixProblem(std::string_view prefix) {
    if (prefix.empty() || isOcidPrefix(prefix)) {
        return {};
    }
    return "\"" + std::string(prefix) +
           "\" is not an OCDS prefix: it is \"ocds-\" and the six lower-case letters or digits "
           "the Open Contracting Partnership registered for the partnership, e.g. ocds-a1b2c3.";
}

std::string ocidOf(std::string_view prefix, std::int64_t procurementId) {
    return std::string(prefix) + "-" + std::to_string(procurementId);
}

std::string refusePrefixChange(storage::Database& db, std::int64_t partnershipId) {
    auto row = db.prepare("SELECT ocid_prefix FROM partnership WHERE id = ?1");
    row.bind(1, partnershipId);
    return row.step() ? prefixProblem(row.text(0)) : std::string();
}

} // namespace jointly::procurement

#include "partnership/PartnershipWorkings.h"

#include "partnership/TermsOfReference.h"

namespace jointly::partnership {

std::int64_t workOutPartnership(storage::Database& db) {
    return termsOfReferenceHtml(db, "1 April 2026").empty() ? 0 : 1;
}

} // namespace jointly::partnership

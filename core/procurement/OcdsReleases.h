#pragma once

#include "procurement/OcdsProcess.h"
#include "util/ExactJson.h"

#include <string>
#include <vector>

// The OCDS 1.1 releases of one procurement: planning, tender, award,
// contract and implementation, each repeating every party with its full list of roles (a
// compiled record replaces, not merges, a list of strings). Pure: built
// from what procurement/OcdsProcess.h loaded. Used inside core's .cpp files
// only, like util/ExactJson.h.
namespace jointly::procurement {

struct ReleaseContext {
    std::string ocid;
    std::string publishedAt; // RFC 3339, the date of releases with no date of their own
    std::string asAt;        // YYYY-MM-DD: contracts before their start are pending
};

// The releases, oldest first: planning and tender always; an award and a
// contract release once the procurement has contracts; an implementation
// release once a contract KPI has a figure or a rating.
std::vector<util::Json> releasesOf(const OcdsProcess& process, const ReleaseContext& context);

} // namespace jointly::procurement

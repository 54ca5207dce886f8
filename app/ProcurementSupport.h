#pragma once

#include "Outcome.h"
#include "procurement/ProcurementReview.h"

#include <string>
#include <vector>

namespace jointly::project {
class Project;
}

// What the procurement verbs share: finding a procurement by the name the
// user gave, and the sentence when there is none.
namespace jointly::app {

// Every procurement's review as at today, with a failure to read the file as
// an Error.
Outcome<std::vector<procurement::ProcurementReview>> reviewsOf(project::Project& project);

// "No procurement is called "X". The procurements are “A” and “B”."
Error noSuchProcurement(const std::string& name,
                        const std::vector<procurement::ProcurementReview>& all);

} // namespace jointly::app

#include "needs/NeedsKinds.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "records/RecordKind.h"

namespace jointly::records {

const RecordKind* kindForTable(std::string_view table) {
    if (table == "partnership") {
        return nullptr; // edited as single records (profile, agreement), never linked to
    }
    for (const auto* group :
         {&partnership::allKinds(), &needs::allKinds(), &planning::allKinds()}) {
        for (const auto* kind : *group) {
            if (kind->table == table) {
                return kind;
            }
        }
    }
    return nullptr;
}

} // namespace jointly::records

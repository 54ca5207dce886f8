#include "ProcurementSupport.h"

#include "project/Project.h"
#include "util/Text.h"

namespace jointly::app {

namespace {

std::string namesOf(const std::vector<procurement::ProcurementReview>& reviews) {
    std::vector<std::string> names;
    for (const auto& review : reviews) {
        names.push_back(util::curlyQuoted(review.name));
    }
    return util::joinedWithAnd(names);
}

} // namespace

Error noSuchProcurement(const std::string& name,
                        const std::vector<procurement::ProcurementReview>& all) {
    return Error{ErrorKind::Invalid,
                 "No procurement is called \"" + name + "\". " +
                     (all.empty() ? std::string("The project has no procurement yet.")
                                  : "The procurements are " + namesOf(all) + ".")};
}

Outcome<std::vector<procurement::ProcurementReview>> reviewsOf(project::Project& project) {
    using Reviews = std::vector<procurement::ProcurementReview>;
    return project.guarded<Outcome<Reviews>>([&]() -> Outcome<Reviews> {
        return procurement::reviewProcurements(project.database(), util::nowUtc().substr(0, 10));
    });
}

} // namespace jointly::app

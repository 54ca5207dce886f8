#include "planning/Appraisal.h"

#include "util/Text.h"

namespace jointly::planning {

DoNothingCheck checkDoNothing(const std::vector<Option>& options) {
    DoNothingCheck check;
    std::vector<std::string> flagged;
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].doNothing) {
            if (!check.option) {
                check.option = i;
            }
            flagged.push_back("\"" + options[i].name + "\"");
        }
    }
    check.count = flagged.size();
    if (flagged.empty()) {
        check.problem = "There is no \"do nothing / business as usual\" option; every appraisal "
                        "needs one to compare the other options against.";
    } else if (flagged.size() > 1) {
        check.problem =
            "Only one option can be the \"do nothing / business as usual\" option; " +
            util::joinedWithAnd(flagged) +
            (flagged.size() == 2 ? " are both marked as it." : " are all marked as it.");
    }
    return check;
}

} // namespace jointly::planning

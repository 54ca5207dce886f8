#pragma once

#include <string>

namespace jointly::procurement {

struct LotResult;

// The award recommendation of a lot's evaluation, in a sentence (issue 13,
// section 4): the bid ranked first alone under the chosen price formula,
// with its points and its lead over the next, and a warning where another
// formula would put a different bid first; or why there is none yet (the
// ranking not final, a tie for first, no bid that can be ranked).
std::string awardRecommendation(const LotResult& lot);

} // namespace jointly::procurement

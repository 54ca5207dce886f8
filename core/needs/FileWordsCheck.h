#pragma once

#include "needs/IndicatorSeries.h"

// Whether a Fingertips file's own words about a value disagree with Jointly's
// reading of it, so the needs views can flag the value for a second look.
namespace jointly::needs {

// True when the file's comparison words (for the same comparator) or its
// recent trend words say something other than Jointly's own reading:
//  - comparison: Similar against anything else, Better against Worse, Higher
//    against Lower. "Better" in the file and "Higher" from Jointly (whose
//    polarity for the indicator is not set) say nothing against each other.
//    Words that name a confidence level other than the one Jointly judged at
//    ("Worse 99.8%" when the partnership compares at 95%) are never flagged:
//    the two readings ask different questions. Words naming no level are at
//    95%, as Fingertips' plain "Better" and "Worse" are.
//  - trend: a different direction, when both could be calculated.
bool fileWordsDisagree(const JudgedValue& value);

} // namespace jointly::needs

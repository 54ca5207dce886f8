#pragma once

#include "Outcome.h"

#include <string>

// Heads and numbers the pages of an ODT document as a report's PDF is: the
// partnership, the report and the date at the head of every page, "Page 3
// of 12" at its foot, as fields the word processor fills in as it lays the
// pages out. Qt's ODT writer keeps no page styles, so this adds the
// package's styles.xml (an A4 page with the PDF's margins, its header and
// footer on the default master page) and lists it in the manifest, changing
// the file in place. A file that is not such a package is refused with a
// sentence.
namespace jointly::report {

Status addOdtPageHeads(const std::string& path, const std::string& runningHead);

} // namespace jointly::report

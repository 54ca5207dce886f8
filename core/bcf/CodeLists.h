#pragma once

#include "quantities/FinancialYear.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The code lists of the Better Care Fund planning template, one per
// planning year, read from the data files in core/bcf/data (embedded by the
// build): the sources of income (which are also the sources of funding a
// line of spending names), scheme types, areas of spend and providers. A
// new year's template is a new file, not a change to the code.
namespace jointly::bcf {

struct CodeList {
    quantities::FinancialYear year;
    std::string file; // "2026-27.json"
    std::vector<std::string> incomeSources;
    std::string nhsMinimum; // the source that is the minimum NHS contribution
    std::string byDistrict; // the source given by district (the Disabled Facilities Grant)
    std::vector<std::string> schemeTypes;
    std::vector<std::string> areasOfSpend;
    std::string adultSocialCare; // the area of spend that is adult social care
    std::vector<std::string> providers;
};

// Every year's list, the earliest first. The files are part of the program:
// one that cannot be read stops the program at once, which the tests catch.
const std::vector<CodeList>& codeLists();

// The year's list, or nullptr when there is none.
const CodeList* codeListFor(quantities::FinancialYear year);

// "2025/26 and 2026/27", for sentences.
std::string yearsListed();

// The entry of `list` that `typed` names, matched ignoring case and spaces
// at either end, as the list writes it; nothing when it is not there.
std::optional<std::string> listed(const std::vector<std::string>& list, std::string_view typed);

// "Carers Services, Community Based Schemes or Other", for sentences.
std::string oneOf(const std::vector<std::string>& list);

} // namespace jointly::bcf

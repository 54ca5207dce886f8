#pragma once

#include <string>
#include <string_view>

namespace jointly::storage {
class Database;
}

// The partnership dashboard as a document to print or take to a board
// (issue 14, section 4): every KPI with its latest figure, target, RAG and
// both SPC icons in words, the rules its chart follows and the annotations
// on its periods; the year at a glance; and each contract's performance.
// Written as HTML (util/HtmlWriter.h, every user's word escaped) for the
// document exporter to make PDF, ODT or HTML of. The Dashboard's "Export
// for the board" and `jointly dashboard` both write it.
namespace jointly::monitoring {

std::string dashboardHtml(storage::Database& db, std::string_view today);

} // namespace jointly::monitoring

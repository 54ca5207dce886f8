#pragma once

#include "report/Report.h"
#include "util/HtmlWriter.h"

#include <string>
#include <vector>

namespace jointly::storage {
class Database;
}

// Puts a report together: a title page with the partnership, the report's
// name, the date and the contents, then the sections, with their charts
// kept beside the HTML.
namespace jointly::report {

class ReportBuilder {
public:
    ReportBuilder(std::string title, std::string partnership, std::string generatedOn);

    util::HtmlWriter& html() { return html_; }

    // The title page: the partnership, the report's name, what it covers,
    // the date made and the numbered list of sections; then a new page.
    void titlePage(const std::string& covers, const std::vector<std::string>& contents);

    // A chart, `description` saying in words what it shows.
    void chart(const std::string& svg, int width, int height, const std::string& description);

    Report finish();

private:
    std::string title_;
    std::string partnership_;
    std::string generatedOn_;
    util::HtmlWriter html_;
    std::vector<ReportChart> charts_;
};

// The partnership's name as a report heads its pages with it ("The
// partnership" when it has none yet).
std::string partnershipName(storage::Database& db);

} // namespace jointly::report

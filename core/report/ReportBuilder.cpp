#include "report/ReportBuilder.h"

#include "storage/Database.h"

namespace jointly::report {

ReportBuilder::ReportBuilder(std::string title, std::string partnership, std::string generatedOn)
    : title_(std::move(title)), partnership_(std::move(partnership)),
      generatedOn_(std::move(generatedOn)), html_(partnership_ + ": " + title_) {
}

void ReportBuilder::titlePage(const std::string& covers, const std::vector<std::string>& contents) {
    html_.heading(1, partnership_);
    html_.heading(2, title_);
    if (!covers.empty()) {
        html_.paragraph(covers);
    }
    html_.labelled("Made on", generatedOn_);
    html_.heading(3, "Contents");
    html_.numberedList(contents);
    html_.note("Made by Jointly from the partnership's project file.");
    html_.pageBreak();
}

void ReportBuilder::chart(const std::string& svg, int width, int height,
                          const std::string& description) {
    const auto name = "chart" + std::to_string(charts_.size() + 1);
    charts_.push_back({name, svg});
    html_.image("svg:" + name, width, height, description);
}

Report ReportBuilder::finish() {
    Report report;
    report.title = title_;
    report.runningHead = partnership_ + " \u00b7 " + title_ + " \u00b7 " + generatedOn_;
    report.html = html_.finish();
    report.charts = std::move(charts_);
    return report;
}

std::string partnershipName(storage::Database& db) {
    auto name = db.prepare("SELECT name FROM partnership WHERE id = 1");
    const auto text = name.step() ? name.text(0) : std::string();
    return text.empty() ? std::string("The partnership") : text;
}

} // namespace jointly::report

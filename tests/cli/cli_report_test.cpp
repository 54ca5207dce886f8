#include "CliSupport.h"

#include "sheets/XlsxReader.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>

using jointly::cli_testing::Folder;

namespace {

// The text of a PDF as pdftotext (poppler-utils) reads it, pages split by
// form feeds.
std::string pdfText(const std::filesystem::path& pdf) {
    const auto command = "pdftotext -layout " + jointly::cli_testing::quote(pdf.string()) + " -";
    std::string text;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[4096];
        while (const auto got = std::fread(buffer, 1, sizeof buffer, pipe)) {
            text.append(buffer, got);
        }
        pclose(pipe);
    }
    return text;
}

std::size_t count(const std::string& text, const std::string& pattern) {
    const std::regex re(pattern);
    return static_cast<std::size_t>(
        std::distance(std::sregex_iterator(text.begin(), text.end(), re), std::sregex_iterator()));
}

} // namespace

TEST_CASE("report writes the plan as a PDF with the sections chosen, every page headed and "
          "numbered",
          "[cli][report]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    const auto written =
        folder.jointly("report west.jointly plan plan.pdf --sections budget,needs --as-at "
                       "2026-12-03");
    REQUIRE(written.exitCode == 0);
    CHECK(written.out == "Wrote plan.pdf\n");
    const auto text = pdfText(folder / "plan.pdf");
    const auto pages = count(text, "\f");
    REQUIRE(pages >= 3);
    // Each page: the partnership, the report and the date at its head, and
    // "Page n of m" at its foot.
    CHECK(count(text, "Westshire Joint Commissioning Unit · Commissioning plan · ") == pages);
    for (std::size_t page = 1; page <= pages; ++page) {
        INFO(page);
        CHECK(text.find("Page " + std::to_string(page) + " of " + std::to_string(pages)) !=
              std::string::npos);
    }
    // The title page's contents, then the two sections in the plan's order.
    const auto needs = text.find("1. Needs: worse than the comparator and getting worse");
    const auto budget = text.find("2. Budget by partner and year");
    REQUIRE(needs != std::string::npos);
    REQUIRE(budget != std::string::npos);
    CHECK(needs < budget);
    CHECK(text.find("£182,400,000.00") != std::string::npos);
    CHECK(text.find("Risks") == std::string::npos);
}

TEST_CASE("report writes the monitoring report as ODT with its charts as pictures, and as HTML "
          "with them inline",
          "[cli][report]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    REQUIRE(folder.jointly("report west.jointly monitoring mon.odt").exitCode == 0);
    const auto odt = (folder / "mon.odt").string();
    const auto content = jointly::sheets::xlsxPart(odt, "content.xml");
    REQUIRE(content.ok());
    CHECK(content.value().find("Monitoring report") != std::string::npos);
    CHECK(content.value().find("2. Each KPI") != std::string::npos);
    const auto manifest = jointly::sheets::xlsxPart(odt, "META-INF/manifest.xml");
    REQUIRE(manifest.ok());
    const auto pictures = count(manifest.value(), "media-type=\"image/png\"");
    CHECK(pictures >= 4);
    CHECK(count(content.value(), "xlink:href=\"Pictures/") == pictures);

    REQUIRE(folder.jointly("report west.jointly monitoring mon.html").exitCode == 0);
    const auto html = jointly::cli_testing::readFile(folder / "mon.html");
    CHECK(count(html, "src=\"data:image/svg\\+xml;base64,") == pictures);
    CHECK(html.find("svg:chart") == std::string::npos);
}

TEST_CASE("report writes a tender evaluation with each bidder's summary beside it, and refuses "
          "what it cannot do with a sentence",
          "[cli][report]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    auto run = folder.jointly("report west.jointly evaluation award.pdf");
    CHECK(run.exitCode == 9);
    CHECK(run.err.find("Say which procurement's evaluation to report with --procurement NAME") !=
          std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder / "award.pdf"));

    run = folder.jointly("report west.jointly evaluation award.pdf --procurement \"Community "
                         "falls and frailty service 2027\"");
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == "Wrote award.pdf\n"
                     "Wrote award \u2013 Westshire Community Health NHS Trust.pdf\n"
                     "Wrote award \u2013 Westshire Voluntary Action consortium.pdf\n"
                     "Wrote award \u2013 Active Ageing Partnership CIC.pdf\n");
    const auto award = pdfText(folder / "award.pdf");
    CHECK(award.find("Recommendation:") != std::string::npos);
    const auto summary = pdfText(folder / "award \u2013 Active Ageing Partnership CIC.pdf");
    CHECK(summary.find("For Active Ageing Partnership CIC.") != std::string::npos);

    CHECK(folder.jointly("report west.jointly budget b.pdf").exitCode == 2);
    run = folder.jointly("report west.jointly plan b.pdf --sections money");
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("There is no section called \u201cmoney\u201d") != std::string::npos);
    CHECK(folder.jointly("report west.jointly monitoring b.pdf --sections needs").exitCode == 2);
    CHECK(folder.jointly("report west.jointly plan b.pdf --procurement X").exitCode == 2);
    run = folder.jointly("report west.jointly plan b.doc");
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("does not end in .pdf, .odt or .html") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(folder / "b.doc"));
}

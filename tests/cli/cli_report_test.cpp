#include "CliSupport.h"

#include "sheets/XlsxReader.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

using jointly::cli_testing::Folder;

namespace {

// The text of a PDF as pdftotext (poppler-utils) reads it, pages split by
// form feeds: laid out as on the page, or with "-raw" in the order the PDF
// draws it.
std::string pdfText(const std::filesystem::path& pdf, const std::string& mode = "-layout") {
    const auto command =
        "pdftotext " + mode + " " + jointly::cli_testing::quote(pdf.string()) + " -";
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

// The words of a text, split at white space, with the ligatures a PDF's
// fonts join letters into taken apart again.
std::vector<std::string> wordsOf(std::string text) {
    for (const auto& [ligature, letters] :
         std::vector<std::pair<std::string, std::string>>{{"\ufb00", "ff"},
                                                          {"\ufb01", "fi"},
                                                          {"\ufb02", "fl"},
                                                          {"\ufb03", "ffi"},
                                                          {"\ufb04", "ffl"}}) {
        for (auto at = text.find(ligature); at != std::string::npos; at = text.find(ligature, at)) {
            text.replace(at, ligature.size(), letters);
        }
    }
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string word; in >> word;) {
        words.push_back(word);
    }
    return words;
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

TEST_CASE("the plan's PDF holds the words of its golden file, in order, and besides them little "
          "but its page heads and numbers",
          "[cli][report]") {
    Folder folder;
    REQUIRE(folder.jointly("new west.jointly --example").exitCode == 0);
    REQUIRE(folder.jointly("report west.jointly plan plan.pdf --as-at 2026-12-03").exitCode == 0);
    // In the order the PDF draws its text (pdftotext -raw), without the
    // heads and feet of its pages.
    const auto raw = pdfText(folder / "plan.pdf", "-raw");
    std::string body;
    std::string madeOn;
    std::istringstream lines(raw);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("Westshire Joint Commissioning Unit \u00b7 Commissioning plan \u00b7 ", 0) ==
                0 ||
            std::regex_match(line, std::regex("\f?Page [0-9]+ of [0-9]+"))) {
            continue;
        }
        if (line.rfind("Made on: ", 0) == 0) {
            madeOn = line.substr(9);
        }
        body += line + "\n";
    }
    REQUIRE_FALSE(madeOn.empty());
    // The golden file is the HTML's words, made on 3 December 2026; the PDF
    // was made today.
    auto golden =
        jointly::cli_testing::readFile(std::string(JOINTLY_FIXTURES_DIR) + "/reports/plan.txt");
    const std::string goldenDay = "Made on: 3 December 2026";
    REQUIRE(golden.find(goldenDay) != std::string::npos);
    golden.replace(golden.find(goldenDay), goldenDay.size(), "Made on: " + madeOn);
    // Compared letter by letter without the spaces and line breaks (a
    // narrow column breaks a long word where the golden file does not).
    // Every letter of the golden file must be in the PDF, as many times.
    // The order is not compared here: a table row split between two pages
    // is printed as the first lines of its cells, then the rest of each on
    // the next page (the sections' order is checked above), and the part of
    // such a row drawn on both pages, clipped to each, may be there twice,
    // but not much else may be.
    std::string want;
    for (const auto& word : wordsOf(golden)) {
        want += word;
    }
    std::string got;
    for (const auto& word : wordsOf(body)) {
        got += word;
    }
    std::map<char, std::size_t> wanted;
    std::map<char, std::size_t> printed;
    for (const char c : want) {
        ++wanted[c];
    }
    for (const char c : got) {
        ++printed[c];
    }
    std::string short_;
    for (const auto& [letter, times] : wanted) {
        if (printed[letter] < times) {
            short_ += letter;
        }
    }
    INFO("letters printed fewer times than the golden file has them: \"" << short_ << "\"");
    CHECK(short_.empty());
    CHECK(want.size() > 16000);
    CHECK(got.size() < want.size() + want.size() / 20);
}

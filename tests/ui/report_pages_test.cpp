#include <catch2/catch.hpp>

#include <algorithm>

#include "quantities/Money.h"
#include "report/BarChart.h"
#include "sheets/XlsxReader.h"
#include "ui/documents/DocumentExporter.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace jointly;

namespace {

// The text of a PDF, page by page, as pdftotext (poppler-utils) reads it.
QStringList pdfPages(const QString& path) {
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(pdftotext.waitForFinished(30'000));
    REQUIRE(pdftotext.exitCode() == 0);
    auto pages = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.back().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

// How many raster images a PDF holds, as pdfimages (poppler-utils) lists them.
int pdfImageCount(const QString& path) {
    QProcess pdfimages;
    pdfimages.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    REQUIRE(pdfimages.waitForFinished(30'000));
    REQUIRE(pdfimages.exitCode() == 0);
    // Two lines of headings, then one line per image.
    const auto lines = QString::fromUtf8(pdfimages.readAllStandardOutput())
                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return static_cast<int>(lines.size()) - 2;
}

// One page of a PDF drawn in greys at 40 dots to the inch by pdftoppm.
QImage pdfPageInGrey(const QString& path, int page) {
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"),
                   {QStringLiteral("-gray"), QStringLiteral("-r"), QStringLiteral("40"),
                    QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                    QString::number(page), path});
    REQUIRE(pdftoppm.waitForFinished(30'000));
    REQUIRE(pdftoppm.exitCode() == 0);
    return QImage::fromData(pdftoppm.readAllStandardOutput(), "PGM");
}

// The longest run of pixels along any row of one dark grey (darker than a
// quarter of white): a filled bar makes one, letters do not.
int longestDarkRun(const QImage& image) {
    int longest = 0;
    for (int y = 0; y < image.height(); ++y) {
        int run = 0;
        int shade = -1;
        for (int x = 0; x < image.width(); ++x) {
            const int grey = qGray(image.pixel(x, y));
            run = (grey < 64 && grey == shade) ? run + 1 : 1;
            shade = grey;
            longest = std::max(longest, grey < 64 ? run : 0);
        }
    }
    return longest;
}

QByteArray chart() {
    report::BarChart bars;
    bars.title = "Contributions by partner";
    bars.categories = {"2026/27", "2027/28"};
    bars.series = {{"Council", {100'000'000, 50'000'000}}, {"ICB", {25'000'001, 75'000'000}}};
    bars.label = [](std::int64_t pence) {
        return quantities::formatPounds(pence);
    };
    return QByteArray::fromStdString(report::barChartSvg(bars));
}

} // namespace

TEST_CASE("a report's PDF heads and numbers every page and draws its charts as vectors; its HTML "
          "holds them inline and its ODT as pictures",
          "[documents][report]") {
    QTemporaryDir folder;
    QString html = QStringLiteral("<html><head><title>Plan</title></head><body><h1>The plan</h1>"
                                  "<p><img src=\"svg:contributions\" width=\"640\" "
                                  "height=\"360\"></p>");
    for (int i = 0; i < 120; ++i) {
        html += QStringLiteral("<p>Paragraph %1 of the plan, long enough to fill the pages of "
                               "the report so that there are several of them.</p>")
                    .arg(i + 1);
    }
    html += QStringLiteral("</body></html>");
    ui::ReportPages pages;
    pages.runningHead = QStringLiteral("Westshire Joint Commissioning Unit \u00b7 3 December 2026");
    pages.charts.insert(QStringLiteral("contributions"), chart());

    const auto pdf = folder.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(ui::exportDocument(html, pdf, pages).isEmpty());
    const auto text = pdfPages(pdf);
    REQUIRE(text.size() >= 3);
    for (int page = 0; page < text.size(); ++page) {
        INFO(page + 1);
        CHECK(text[page].contains(QStringLiteral("Westshire Joint Commissioning Unit")));
        CHECK(text[page].contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(text.size())));
    }
    // The chart was drawn, not pasted in as a picture: the PDF holds no
    // image at all, yet its first page shows a bar (a run of one dark grey
    // wider than any letter, which text never makes).
    CHECK(pdfImageCount(pdf) == 0);
    CHECK(longestDarkRun(pdfPageInGrey(pdf, 1)) >= 20);
    CHECK(text.back().contains(QStringLiteral("Paragraph 120")));

    const auto web = folder.filePath(QStringLiteral("plan.html"));
    REQUIRE(ui::exportDocument(html, web, pages).isEmpty());
    QFile written(web);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const auto page = QString::fromUtf8(written.readAll());
    CHECK(page.contains(QStringLiteral("src=\"data:image/svg+xml;base64,")));
    CHECK_FALSE(page.contains(QStringLiteral("svg:contributions")));

    const auto odt = folder.filePath(QStringLiteral("plan.odt"));
    REQUIRE(ui::exportDocument(html, odt, pages).isEmpty());
    // The ODT's manifest lists the chart as a PNG picture and its text
    // places it.
    const auto manifest = sheets::xlsxPart(odt.toStdString(), "META-INF/manifest.xml");
    REQUIRE(manifest);
    CHECK(manifest.value().find("manifest:media-type=\"image/png\" "
                                "manifest:full-path=\"Pictures/Picture1\"") != std::string::npos);
    const auto content = sheets::xlsxPart(odt.toStdString(), "content.xml");
    REQUIRE(content);
    CHECK(content.value().find("xlink:href=\"Pictures/Picture1\"") != std::string::npos);
    CHECK(content.value().find("Paragraph 120 of the plan") != std::string::npos);
    // Every page headed and numbered by the word processor: the running
    // head on the default master page's header, the page's number and the
    // count of pages as fields in its footer.
    CHECK(manifest.value().find("manifest:full-path=\"styles.xml\"") != std::string::npos);
    const auto styles = sheets::xlsxPart(odt.toStdString(), "styles.xml");
    REQUIRE(styles);
    CHECK(styles.value().find("<style:master-page style:name=\"Standard\"") != std::string::npos);
    CHECK(styles.value().find("<style:header><text:p text:style-name=\"Running_20_head\">"
                              "Westshire Joint Commissioning Unit \u00b7 3 December 2026"
                              "</text:p></style:header>") != std::string::npos);
    CHECK(styles.value().find("Page <text:page-number text:select-page=\"current\">1"
                              "</text:page-number> of <text:page-count>1</text:page-count>") !=
          std::string::npos);
}

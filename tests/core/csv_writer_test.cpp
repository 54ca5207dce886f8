#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

using jointly::csv::csvField;
using jointly::csv::csvLine;
using jointly::csv::safeCsvText;

TEST_CASE("csvField quotes only when it must", "[csv]") {
    CHECK(csvField("plain") == "plain");
    CHECK(csvField("") == "");
    CHECK(csvField("two words") == "two words");
    CHECK(csvField("a,b") == "\"a,b\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("\"") == "\"\"\"\"");
    CHECK(csvField("line\nbreak") == "\"line\nbreak\"");
    CHECK(csvField("line\r\nbreak") == "\"line\r\nbreak\"");
    CHECK(csvField("cr\r") == "\"cr\r\"");
    CHECK(csvField(" leading") == "\" leading\"");
    CHECK(csvField("trailing ") == "\"trailing \"");
    CHECK(csvField("=1+2") == "=1+2");
    CHECK(csvField("-2") == "-2");
}

TEST_CASE("safeCsvText stops text cells from running as formulas", "[csv]") {
    CHECK(safeCsvText("=HYPERLINK(\"http://example.com\",\"click\")") ==
          "\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\"");
    CHECK(safeCsvText("=1+2") == "'=1+2");
    CHECK(safeCsvText("+1") == "'+1");
    CHECK(safeCsvText("-2") == "'-2");
    CHECK(safeCsvText("@SUM(A1:A3)") == "'@SUM(A1:A3)");
    CHECK(safeCsvText("\tx") == "'\tx");
    CHECK(safeCsvText("\rx") == "\"'\rx\"");
    CHECK(safeCsvText("plain text") == "plain text");
    CHECK(safeCsvText("a=b") == "a=b");
    CHECK(safeCsvText("") == "");
    CHECK(safeCsvText("it's \"fine\"") == "\"it's \"\"fine\"\"\"");
    CHECK(safeCsvText("two\nlines") == "\"two\nlines\"");
    CHECK(safeCsvText(" =x") == "\" =x\"");
}

TEST_CASE("csvLine joins escaped fields and ends with CRLF", "[csv]") {
    CHECK(csvLine({"a", "\"b,c\"", ""}) == "a,\"b,c\",\r\n");
    CHECK(csvLine({"only"}) == "only\r\n");
    CHECK(csvLine({}) == "\r\n");
}

TEST_CASE("What csvField writes, CsvReader reads back unchanged", "[csv]") {
    std::vector<std::string> texts{"plain", "", "a,b", "say \"hi\"", "x\r\ny", " pad ", "\"", ","};
    std::vector<std::string> escaped;
    for (const auto& text : texts) {
        escaped.push_back(csvField(text));
    }
    std::istringstream in(csvLine(escaped) + csvLine(escaped));
    jointly::csv::CsvReader reader(in);
    jointly::csv::CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.fields == texts);
    REQUIRE(reader.next(record));
    CHECK(record.fields == texts);
    CHECK_FALSE(reader.next(record));
    CHECK(reader.error().empty());
}

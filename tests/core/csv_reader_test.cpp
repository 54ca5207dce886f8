#include "csv/CsvReader.h"

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

using jointly::csv::CsvReader;
using jointly::csv::CsvRecord;

namespace {
using Rows = std::vector<std::vector<std::string>>;

struct ReadResult {
    Rows rows;
    std::vector<std::size_t> rowNumbers;
    std::string error;
    std::uint64_t bytesRead = 0;
};

bool operator==(const ReadResult& a, const ReadResult& b) {
    return a.rows == b.rows && a.rowNumbers == b.rowNumbers && a.error == b.error &&
           a.bytesRead == b.bytesRead;
}

// Reads every record of `text`, reusing one CsvRecord as real callers do.
ReadResult readWithChunk(const std::string& text, std::size_t chunkSize) {
    std::istringstream in(text);
    CsvReader reader(in, chunkSize);
    CsvRecord record;
    ReadResult result;
    while (reader.next(record)) {
        result.rows.push_back(record.fields);
        result.rowNumbers.push_back(record.row);
    }
    // Reading past the end, or past an error, changes nothing.
    CHECK_FALSE(reader.next(record));
    result.error = reader.error();
    result.bytesRead = reader.bytesRead();
    return result;
}

// Reads `text` with the default chunk size and with tiny chunks, checks that
// every chunk size gives the same result, and returns it.
ReadResult readAll(const std::string& text) {
    ReadResult expected = readWithChunk(text, CsvReader::kDefaultChunkSize);
    for (std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{3}, std::size_t{7}}) {
        INFO("chunk size " << chunk);
        CHECK(readWithChunk(text, chunk) == expected);
    }
    return expected;
}

// A stream that serves `text` and then fails as a broken disk would.
class FailingBuffer : public std::streambuf {
public:
    explicit FailingBuffer(std::string text) : text_(std::move(text)) {
        setg(text_.data(), text_.data(), text_.data() + text_.size());
    }

protected:
    int_type underflow() override { throw std::runtime_error("I/O error"); }

private:
    std::string text_;
};
} // namespace

TEST_CASE("CsvReader skips a UTF-8 byte-order mark only at the very start", "[csv]") {
    auto result = readAll("\xEF\xBB\xBFname,age\nAnn,3\n");
    CHECK(result.rows == Rows{{"name", "age"}, {"Ann", "3"}});
    CHECK(result.error.empty());

    CHECK(readAll("a\n\xEF\xBB\xBF").rows == Rows{{"a"}, {"\xEF\xBB\xBF"}});
    // Only the first two bytes of a mark are ordinary data.
    CHECK(readAll("\xEF\xBBx").rows == Rows{{"\xEF\xBBx"}});
    auto onlyMark = readAll("\xEF\xBB\xBF");
    CHECK(onlyMark.rows.empty());
    CHECK(onlyMark.bytesRead == 3);
}

TEST_CASE("CsvReader ends records at CRLF, LF and a lone CR", "[csv]") {
    auto result = readAll("a,b\r\nc,d\ne,f\rg,h");
    CHECK(result.rows == Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}, {"g", "h"}});
    CHECK(result.rowNumbers == std::vector<std::size_t>{1, 2, 3, 4});
    CHECK(result.error.empty());
}

TEST_CASE("CsvReader reads commas and doubled quotes inside quoted fields", "[csv]") {
    CHECK(readAll("\"Smith, Ann\",2\n").rows == Rows{{"Smith, Ann", "2"}});
    CHECK(readAll("\"say \"\"hi\"\"\",x\n").rows == Rows{{"say \"hi\"", "x"}});
    CHECK(readAll("\"\"\"\",\"\",\"a\"\"\"\n").rows == Rows{{"\"", "", "a\""}});
    CHECK(readAll("\"a\"").rows == Rows{{"a"}});
}

TEST_CASE("CsvReader keeps line breaks inside quotes exactly as they were", "[csv]") {
    auto result = readAll("\"line1\r\nline2\",\"a\nb\",\"c\rd\"\r\nnext,row\r\n");
    CHECK(result.rows == Rows{{"line1\r\nline2", "a\nb", "c\rd"}, {"next", "row"}});
    CHECK(result.rowNumbers == std::vector<std::size_t>{1, 2});
}

TEST_CASE("CsvReader reads empty values as empty strings", "[csv]") {
    CHECK(readAll(",,\n,a,\n").rows == Rows{{"", "", ""}, {"", "a", ""}});
    CHECK(readAll("\"\",x\r\ny,\"\"\r\n").rows == Rows{{"", "x"}, {"y", ""}});
    CHECK(readAll("a,").rows == Rows{{"a", ""}});
}

TEST_CASE("CsvReader makes no extra record for a line end at the end of the file", "[csv]") {
    Rows expected{{"a", "1"}, {"b", "2"}};
    CHECK(readAll("a,1\nb,2\n").rows == expected);
    CHECK(readAll("a,1\nb,2").rows == expected);
    CHECK(readAll("a,1\r\nb,2\r\n").rows == expected);
    CHECK(readAll("a,1\rb,2\r").rows == expected);
    CHECK(readAll("").rows.empty());
    // A file that is one blank line holds one blank record.
    CHECK(readAll("\n").rows == Rows{{""}});
}

TEST_CASE("CsvReader returns a blank line as a record with one empty field", "[csv]") {
    auto result = readAll("a\n\nb\n");
    CHECK(result.rows == Rows{{"a"}, {""}, {"b"}});
    CHECK(result.rowNumbers == std::vector<std::size_t>{1, 2, 3});
    CHECK(readAll("a\r\n\r\nb\r\n").rows == Rows{{"a"}, {""}, {"b"}});
}

TEST_CASE("CsvReader numbers records, not lines", "[csv]") {
    auto result = readAll("h1,h2\n\"x\ny\",1\nz,2\n\"p\r\nq\r\nr\",3\nlast,4");
    CHECK(result.rowNumbers == std::vector<std::size_t>{1, 2, 3, 4, 5});
    CHECK(result.rows[3] == std::vector<std::string>{"p\r\nq\r\nr", "3"});

    auto broken = readAll("h\n\"x\ny\"\nz\n\"open\n");
    CHECK(broken.rows.size() == 3);
    CHECK(broken.error == "row 4: a quoted field is not closed before the end of the file");
}

TEST_CASE("CsvReader takes a quote inside an unquoted field literally", "[csv]") {
    CHECK(readAll("a\"b,c\n").rows == Rows{{"a\"b", "c"}});
    CHECK(readAll(" \"x\",5 inch\"\n").rows == Rows{{" \"x\"", "5 inch\""}});
}

TEST_CASE("CsvReader gives the same records whatever the chunk boundaries", "[csv]") {
    const std::size_t chunk = CsvReader::kDefaultChunkSize;
    std::string text = "id,text\r\n";
    // Filler so that the next "\r" is the last byte of the first chunk and its
    // "\n" the first byte of the second.
    std::string filler(chunk - text.size() - 3, 'x');
    text += "1," + filler + "\r\n";
    REQUIRE(text[chunk - 1] == '\r');
    REQUIRE(text[chunk] == '\n');
    // A quoted field with commas, doubled quotes and line breaks that spans
    // the boundary between the second and third chunks.
    std::string quotedText;
    while (text.size() + quotedText.size() < 2 * chunk + 100) {
        quotedText += "a, \"b\"\r\nc;";
    }
    std::string escaped;
    for (char c : quotedText) {
        escaped += c;
        if (c == '"') {
            escaped += '"';
        }
    }
    text += "2,\"" + escaped + "\"\r\n3,end\r\n";

    auto result = readAll(text);
    CHECK(result.error.empty());
    CHECK(result.rows == Rows{{"id", "text"}, {"1", filler}, {"2", quotedText}, {"3", "end"}});
    CHECK(result.rowNumbers == std::vector<std::size_t>{1, 2, 3, 4});
    CHECK(result.bytesRead == text.size());
    for (std::size_t size : {chunk - 1, chunk + 1, std::size_t{4096}, std::size_t{65521}}) {
        INFO("chunk size " << size);
        CHECK(readWithChunk(text, size) == result);
    }
}

TEST_CASE("CsvReader reports text after a closing quote", "[csv]") {
    auto result = readAll("a,b\n\"c\"x,d\n");
    CHECK(result.rows == Rows{{"a", "b"}});
    CHECK(result.error == "row 2: text after a closing quote");
    CHECK(readAll("\"a\" ,b").error == "row 1: text after a closing quote");
}

TEST_CASE("CsvReader reports a quoted field left open at the end of the file", "[csv]") {
    auto result = readAll("a\nb\n\"c,d\ne\n");
    CHECK(result.rows == Rows{{"a"}, {"b"}});
    CHECK(result.error == "row 3: a quoted field is not closed before the end of the file");
    CHECK(readAll("\"").error == "row 1: a quoted field is not closed before the end of the file");
    CHECK(readAll("\"a\"\"").error ==
          "row 1: a quoted field is not closed before the end of the file");
}

TEST_CASE("CsvReader refuses a field longer than 1 MiB", "[csv]") {
    const std::size_t limit = CsvReader::kMaxFieldBytes;
    CHECK(limit == 1024 * 1024);
    std::string longest(limit, 'x');
    auto fits = readWithChunk("a\n" + longest + ",b\n", CsvReader::kDefaultChunkSize);
    CHECK(fits.error.empty());
    REQUIRE(fits.rows.size() == 2);
    CHECK(fits.rows[1][0].size() == limit);

    auto tooLong = readWithChunk("a\nb," + longest + "y\n", CsvReader::kDefaultChunkSize);
    CHECK(tooLong.rows == Rows{{"a"}});
    CHECK(tooLong.error == "row 2: field 2 is longer than 1 MiB");

    auto quoted = readWithChunk("\"" + longest + "\"\"\"", 7);
    CHECK(quoted.error == "row 1: field 1 is longer than 1 MiB");
}

TEST_CASE("CsvReader refuses a record with more than 1,000 fields", "[csv]") {
    CHECK(CsvReader::kMaxFields == 1000);
    auto fits = readAll("a\n" + std::string(999, ','));
    CHECK(fits.error.empty());
    REQUIRE(fits.rows.size() == 2);
    CHECK(fits.rows[1].size() == 1000);

    auto tooMany = readAll("a\nb\n" + std::string(1000, ',') + "\nc\n");
    CHECK(tooMany.rows == Rows{{"a"}, {"b"}});
    CHECK(tooMany.error == "row 3: the record has more than 1,000 fields");
}

TEST_CASE("CsvReader counts the bytes it has consumed", "[csv]") {
    for (std::string text : {"", "a", "a\r", "a\r\n",
                             "\xEF\xBB\xBF"
                             "a,b\n\"c\r\nd\",e\r\n",
                             "\n\n\n", "x,\"y\"\r"}) {
        INFO(text);
        CHECK(readAll(text).bytesRead == text.size());
    }

    std::string text;
    for (int i = 0; i < 5000; ++i) {
        text += std::to_string(i) + ",\"some text\"\r\n";
    }
    std::istringstream in(text);
    CsvReader reader(in, 1000);
    CsvRecord record;
    std::uint64_t previous = 0;
    int increases = 0;
    bool inOrder = true;
    while (reader.next(record)) {
        inOrder = inOrder && reader.bytesRead() >= previous && reader.bytesRead() <= text.size();
        increases += reader.bytesRead() > previous ? 1 : 0;
        previous = reader.bytesRead();
    }
    CHECK(inOrder);
    // One step per 1,000-byte chunk, give or take: progress moves as it reads.
    CHECK(increases > 50);
    CHECK(reader.error().empty());
    CHECK(reader.bytesRead() == text.size());
}

TEST_CASE("CsvReader reuses the record it is given", "[csv]") {
    std::istringstream in("a,b,c\r\nd\r\ne,f\r\n");
    CsvReader reader(in);
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.fields == std::vector<std::string>{"a", "b", "c"});
    REQUIRE(reader.next(record));
    CHECK(record.fields == std::vector<std::string>{"d"});
    CHECK(record.row == 2);
    REQUIRE(reader.next(record));
    CHECK(record.fields == std::vector<std::string>{"e", "f"});
    CHECK_FALSE(reader.next(record));
    CHECK(reader.error().empty());
}

TEST_CASE("CsvReader reports a stream that fails part-way", "[csv]") {
    // A failed read loses the whole chunk it was reading, so with four-byte
    // chunks the first record arrives and the "c" after it does not.
    FailingBuffer buffer("a,b\nc");
    std::istream in(&buffer);
    CsvReader reader(in, 4);
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.fields == std::vector<std::string>{"a", "b"});
    CHECK_FALSE(reader.next(record));
    CHECK(reader.error() == "the file could not be read after 4 bytes");
    CHECK_FALSE(reader.next(record));

    FailingBuffer atOnce("a,b\nc");
    std::istream failsAtOnce(&atOnce);
    CsvReader first(failsAtOnce);
    CHECK_FALSE(first.next(record));
    CHECK(first.error() == "the file could not be read after 0 bytes");
}

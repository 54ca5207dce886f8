#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace jointly::csv {

// One record (one spreadsheet row) read from a CSV file.
struct CsvRecord {
    std::vector<std::string> fields;
    std::size_t row = 0; // 1-based record number as a spreadsheet shows it: the header is row 1
};

// Reads CSV (RFC 4180 plus what real exports do) from a stream, a chunk at a
// time, so a file of any size is read in bounded memory. Meant for untrusted
// files: every malformed or oversized record stops the reading with a message
// that names the row.
//
// What it accepts:
// - a UTF-8 byte-order mark at the very start is skipped;
// - "\r\n", "\n" and a lone "\r" all end a record;
// - a field that starts with a double quote may contain commas, line breaks
//   and doubled quotes ("" stands for one "). Line breaks inside quotes are
//   kept exactly as they were in the file ("\r\n" stays "\r\n");
// - a quote inside a field that did not start with one is taken literally;
// - a line end at the very end of the file does not make an extra record, but
//   a blank line anywhere else is a record with one empty field.
//
// What it refuses: text after a closing quote (other than a comma or a line
// end), a quoted field still open at the end of the file, a field longer than
// kMaxFieldBytes and a record with more than kMaxFields fields.
class CsvReader {
public:
    static constexpr std::size_t kDefaultChunkSize = 64 * 1024;
    static constexpr std::size_t kMaxFieldBytes = 1024 * 1024;
    static constexpr std::size_t kMaxFields = 1000;

    // Reads from `in`, which must outlive the reader, `chunkSize` bytes at a
    // time (tests use tiny chunks to exercise records split between chunks).
    explicit CsvReader(std::istream& in, std::size_t chunkSize = kDefaultChunkSize);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Reads the next record into `record` (reusing its strings' capacity); false at the end of
    // the file or on a malformed record, in which case error() says what and where.
    bool next(CsvRecord& record);

    // Empty if none; e.g. "row 12: a quoted field is not closed before the end of the file".
    const std::string& error() const { return error_; }

    // Bytes consumed so far, for progress bars. Equals the file's size once
    // next() has returned false at the end of the file.
    std::uint64_t bytesRead() const;

private:
    bool hasData() { return pos_ < end_ || refill(); }
    bool refill();
    void skipByteOrderMark();
    bool readUnquoted(std::string& field, std::size_t fieldNumber);
    bool readQuoted(std::string& field, std::size_t fieldNumber);
    bool append(std::string& field, std::size_t fieldNumber, const char* text, std::size_t size);
    bool fail(const std::string& what);

    std::istream& in_;
    std::size_t chunkSize_;
    std::vector<char> buffer_;
    std::size_t pos_ = 0; // next unread byte in buffer_
    std::size_t end_ = 0; // one past the last valid byte in buffer_
    std::uint64_t fetched_ = 0;
    std::size_t row_ = 0;
    bool started_ = false;
    bool endOfInput_ = false;
    bool finished_ = false;
    bool skipLineFeed_ = false; // the last record ended with "\r"; a "\n" right after belongs to it
    std::string error_;
};

} // namespace jointly::csv

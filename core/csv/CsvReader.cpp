#include "csv/CsvReader.h"

#include <cstring>
#include <istream>

namespace jointly::csv {

namespace {
constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";
constexpr std::size_t kByteOrderMarkSize = 3;

// The string for field `index` of the record, emptied but keeping its capacity.
std::string& fieldAt(CsvRecord& record, std::size_t index) {
    if (index < record.fields.size()) {
        record.fields[index].clear();
    } else {
        record.fields.emplace_back();
    }
    return record.fields[index];
}
} // namespace

CsvReader::CsvReader(std::istream& in, std::size_t chunkSize)
    : in_(in), chunkSize_(chunkSize == 0 ? 1 : chunkSize),
      // Room for a chunk plus the few bytes kept back while looking for the byte-order mark.
      buffer_(chunkSize_ + kByteOrderMarkSize) {
}

std::uint64_t CsvReader::bytesRead() const {
    return fetched_ - (end_ - pos_);
}

// Moves any unread bytes to the front of the buffer and reads one more chunk
// after them. False when nothing at all is left to read.
bool CsvReader::refill() {
    std::size_t kept = end_ - pos_;
    if (endOfInput_) {
        return kept > 0;
    }
    if (kept > 0 && pos_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + pos_, kept);
    }
    pos_ = 0;
    end_ = kept;
    in_.read(buffer_.data() + kept, static_cast<std::streamsize>(chunkSize_));
    auto got = static_cast<std::size_t>(in_.gcount());
    end_ += got;
    fetched_ += got;
    if (got == 0) {
        endOfInput_ = true;
        if (in_.bad() && error_.empty()) {
            error_ = "the file could not be read after " + std::to_string(fetched_) + " bytes";
        }
    }
    return end_ > pos_;
}

void CsvReader::skipByteOrderMark() {
    while (end_ - pos_ < kByteOrderMarkSize && !endOfInput_) {
        refill();
    }
    if (end_ - pos_ >= kByteOrderMarkSize &&
        std::memcmp(buffer_.data() + pos_, kByteOrderMark, kByteOrderMarkSize) == 0) {
        pos_ += kByteOrderMarkSize;
    }
}

bool CsvReader::fail(const std::string& what) {
    if (error_.empty()) {
        error_ = "row " + std::to_string(row_) + ": " + what;
    }
    finished_ = true;
    return false;
}

bool CsvReader::append(std::string& field, std::size_t fieldNumber, const char* text,
                       std::size_t size) {
    if (size > kMaxFieldBytes - field.size()) {
        return fail("field " + std::to_string(fieldNumber) + " is longer than 1 MiB");
    }
    field.append(text, size);
    return true;
}

// Reads an unquoted field up to (not including) the next comma or line end.
// Quotes in it are ordinary characters.
bool CsvReader::readUnquoted(std::string& field, std::size_t fieldNumber) {
    while (hasData()) {
        const char* begin = buffer_.data() + pos_;
        const char* end = buffer_.data() + end_;
        const char* stop = begin;
        while (stop != end && *stop != ',' && *stop != '\n' && *stop != '\r') {
            ++stop;
        }
        auto size = static_cast<std::size_t>(stop - begin);
        if (!append(field, fieldNumber, begin, size)) {
            return false;
        }
        pos_ += size;
        if (stop != end) {
            return true;
        }
    }
    return true;
}

// Reads a quoted field whose opening quote has been consumed, up to and
// including its closing quote. Line breaks inside are kept as they are.
bool CsvReader::readQuoted(std::string& field, std::size_t fieldNumber) {
    for (;;) {
        if (!hasData()) {
            return fail("a quoted field is not closed before the end of the file");
        }
        const char* begin = buffer_.data() + pos_;
        auto available = end_ - pos_;
        const auto* quote = static_cast<const char*>(std::memchr(begin, '"', available));
        auto size = quote ? static_cast<std::size_t>(quote - begin) : available;
        if (!append(field, fieldNumber, begin, size)) {
            return false;
        }
        pos_ += size;
        if (!quote) {
            continue;
        }
        ++pos_; // the quote itself
        if (!hasData()) {
            return true; // the closing quote was the last byte of the file
        }
        char after = buffer_[pos_];
        if (after == '"') { // a doubled quote stands for one
            if (!append(field, fieldNumber, &after, 1)) {
                return false;
            }
            ++pos_;
            continue;
        }
        if (after == ',' || after == '\n' || after == '\r') {
            return true;
        }
        return fail("text after a closing quote");
    }
}

bool CsvReader::next(CsvRecord& record) {
    if (finished_) {
        return false;
    }
    if (!started_) {
        started_ = true;
        skipByteOrderMark();
    }
    if (skipLineFeed_) {
        skipLineFeed_ = false;
        if (hasData() && buffer_[pos_] == '\n') {
            ++pos_;
        }
    }
    if (!hasData()) {
        // The end of the file, or a read error refill() has recorded.
        finished_ = true;
        return false;
    }
    ++row_;
    record.row = row_;
    std::size_t count = 0;
    for (;;) {
        if (count == kMaxFields) {
            return fail("the record has more than 1,000 fields");
        }
        std::string& field = fieldAt(record, count);
        ++count;
        bool quoted = hasData() && buffer_[pos_] == '"';
        if (quoted) {
            ++pos_; // the opening quote
        }
        if (!(quoted ? readQuoted(field, count) : readUnquoted(field, count))) {
            return false;
        }
        if (!hasData()) {
            break; // the last record, with no line end after it
        }
        char separator = buffer_[pos_++];
        if (separator == ',') {
            continue;
        }
        skipLineFeed_ = separator == '\r';
        break;
    }
    record.fields.resize(count);
    if (!error_.empty()) {
        // The stream failed part-way: the record may be cut short.
        finished_ = true;
        return false;
    }
    return true;
}

} // namespace jointly::csv

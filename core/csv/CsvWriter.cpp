#include "csv/CsvWriter.h"

namespace jointly::csv {

namespace {
bool needsQuotes(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    if (text.front() == ' ' || text.back() == ' ') {
        return true;
    }
    return text.find_first_of(",\"\r\n") != std::string_view::npos;
}

bool looksLikeFormula(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}
} // namespace

std::string csvField(std::string_view text) {
    if (!needsQuotes(text)) {
        return std::string(text);
    }
    std::string quoted;
    quoted.reserve(text.size() + 2);
    quoted += '"';
    for (char c : text) {
        if (c == '"') {
            quoted += '"';
        }
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string safeCsvText(std::string_view text) {
    if (!looksLikeFormula(text)) {
        return csvField(text);
    }
    std::string guarded;
    guarded.reserve(text.size() + 1);
    guarded += '\'';
    guarded += text;
    return csvField(guarded);
}

std::string csvLine(const std::vector<std::string>& alreadyEscapedFields) {
    std::string line;
    for (std::size_t i = 0; i < alreadyEscapedFields.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        line += alreadyEscapedFields[i];
    }
    line += "\r\n";
    return line;
}

} // namespace jointly::csv

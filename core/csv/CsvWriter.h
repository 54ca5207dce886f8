#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jointly::csv {

// One field as CSV: unchanged unless it contains a comma, a double quote, a
// carriage return or a line feed, or starts or ends with a space; then it is
// put in double quotes with each quote inside doubled.
std::string csvField(std::string_view text);

// A text cell as CSV, safe to open in a spreadsheet: text starting with
// = + - @, a tab or a carriage return would be run as a formula, so it gets a
// single quote in front ("=SUM(A1)" becomes "'=SUM(A1)"). Use only for text;
// numbers such as -2 must go through csvField.
std::string safeCsvText(std::string_view text);

// Fields already made into CSV by csvField or safeCsvText, joined with
// commas and ended with "\r\n" as RFC 4180 asks.
std::string csvLine(const std::vector<std::string>& alreadyEscapedFields);

} // namespace jointly::csv

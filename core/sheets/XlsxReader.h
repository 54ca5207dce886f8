#pragma once

#include "Outcome.h"

#include <cstddef>
#include <string>
#include <vector>

// Reads the cells of an XLSX workbook (Office Open XML, as Excel, LibreOffice
// and Google Sheets save them), with libzip for the package and expat for
// its XML. A workbook is untrusted: each part is capped in size before and
// while it is read (a small file cannot unpack into gigabytes), a document
// type declaration is refused (no entity can expand), and anything damaged
// is refused with a sentence naming the file and the part.
namespace jointly::sheets {

enum class ReadType {
    Empty,
    Text,   // text, as typed
    Number, // text holds the number as the file writes it ("-12.5", "1E-3")
    Date,   // a number shown as a date: text holds YYYY-MM-DD
    Flag,   // TRUE or FALSE
    Error,  // a formula's error, such as #DIV/0!
};

struct ReadCell {
    ReadType type = ReadType::Empty;
    std::string text;
};

struct ReadSheet {
    std::string name;
    // Row by row from the first (the header, usually), each a cell per
    // column from A; rows and cells the file leaves out are empty.
    std::vector<std::vector<ReadCell>> rows;
};

struct XlsxLimits {
    std::size_t largestPart = 256u << 20; // bytes of one part, unpacked
    std::size_t mostCells = 20'000'000;   // in all sheets
};

// Every sheet, in the workbook's order.
Outcome<std::vector<ReadSheet>> readXlsx(const std::string& path, const XlsxLimits& limits = {});

// One part of the package as it is stored ("xl/styles.xml"), for checks.
Outcome<std::string> xlsxPart(const std::string& path, const std::string& part,
                              const XlsxLimits& limits = {});

} // namespace jointly::sheets

// Fuzzes reading an XLSX workbook, which arrives from anyone's spreadsheet
// when indicator values or a KPI's figures are imported. The first byte
// chooses how the rest is used:
//   's' the rest is a worksheet's XML, packed here into an otherwise
//       correct workbook (a zip's checksums would stop most changes to a
//       packed file before its XML is reached);
//   't' the rest is the shared strings' XML, in the same way;
//   anything else: the rest is the whole file.
//
// Checked on every input, aborting if broken:
//   - a refusal is a sentence that names the file and ends with a full stop;
//   - a workbook read has at least one sheet, within the cell limit, every
//     text valid UTF-8 and every date cell a real YYYY-MM-DD date;
//   - the first sheet as CSV (what the imports read) is made without fail
//     from a workbook that was read.

#include "FuzzSupport.h"

#include "quantities/WorkingDays.h"
#include "sheets/WorkbookAsCsv.h"
#include "sheets/XlsxReader.h"
#include "util/Text.h"

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>

using namespace jointly;

namespace {

using fuzz::broken;

const char* const kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)";
const char* const kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char* const kRelations =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
const char* const kStyles =
    R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="d mmm yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>)";
const char* const kSheet =
    R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" s="1"><v>45748</v></c><c r="B2"><v>87.5</v></c></row></sheetData></worksheet>)";
const char* const kStrings =
    R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>Period</t></si><si><r><t>Val</t></r><r><t>ue</t></r></si></sst>)";

// A workbook holding the given worksheet and shared strings.
void packWorkbook(const std::string& path, const std::string& sheet, const std::string& strings) {
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (zip == nullptr) {
        broken("cannot make the workbook to fuzz");
    }
    const std::pair<const char*, std::string> parts[] = {
        {"[Content_Types].xml", kContentTypes},     {"xl/workbook.xml", kWorkbook},
        {"xl/_rels/workbook.xml.rels", kRelations}, {"xl/styles.xml", kStyles},
        {"xl/worksheets/sheet1.xml", sheet},        {"xl/sharedStrings.xml", strings}};
    for (const auto& [name, text] : parts) {
        zip_source_t* source = zip_source_buffer(zip, text.data(), text.size(), 0);
        if (source == nullptr || zip_file_add(zip, name, source, ZIP_FL_OVERWRITE) < 0) {
            broken("cannot pack the workbook to fuzz");
        }
    }
    if (zip_close(zip) != 0) {
        broken("cannot write the workbook to fuzz");
    }
}

bool isDate(const std::string& text) {
    const auto day = quantities::dayNumberOfDate(text);
    return day.has_value() && quantities::dateOfDayNumber(*day) == text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const auto path = fuzz::workFile("fuzzed.xlsx");
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] == 's') {
        packWorkbook(path, rest, kStrings);
    } else if (data[0] == 't') {
        packWorkbook(path, kSheet, rest);
    } else {
        fuzz::writeBytes(path, data, size);
    }
    sheets::XlsxLimits limits;
    limits.largestPart = 4u << 20;
    limits.mostCells = 100'000;
    const auto read = sheets::readXlsx(path, limits);
    if (!read.ok()) {
        const auto& message = read.error().message;
        if (message.empty() || message.back() != '.' ||
            message.find("fuzzed.xlsx") == std::string::npos) {
            broken("a workbook was refused without a sentence naming it");
        }
        return 0;
    }
    if (read.value().empty()) {
        broken("a workbook was read with no sheet");
    }
    std::size_t cells = 0;
    for (const auto& sheet : read.value()) {
        if (util::validUtf8(sheet.name) != sheet.name) {
            broken("a sheet's name is not UTF-8");
        }
        for (const auto& row : sheet.rows) {
            cells += row.size();
            for (const auto& cell : row) {
                if (util::validUtf8(cell.text) != cell.text) {
                    broken("a cell's text is not UTF-8");
                }
                if (cell.type == sheets::ReadType::Date && !isDate(cell.text)) {
                    broken("a date cell is not a real date");
                }
            }
        }
    }
    if (cells > limits.mostCells) {
        broken("more cells were read than the limit allows");
    }
    // The imports read the first sheet as CSV (with the default limits).
    const auto csv = sheets::firstSheetAsCsv(path);
    if (!csv.ok() && csv.error().message.empty()) {
        broken("the first sheet as CSV failed without a sentence");
    }
    return 0;
}

#include "sheets/XlsxReader.h"

#include "sheets/XmlReading.h"

#include "quantities/WorkingDays.h"
#include "util/Text.h"

#include <zip.h>

#include <charconv>
#include <cmath>
#include <map>
#include <memory>

namespace jointly::sheets {

namespace {

constexpr std::size_t kMostColumns = 16'384; // A to XFD
constexpr std::size_t kMostRows = 1'048'576;

std::string quotedName(const std::string& path) {
    return util::curlyQuoted(util::fileNameOf(path));
}

Error damaged(const std::string& path, const std::string& why) {
    return Error{ErrorKind::Invalid,
                 quotedName(path) + " cannot be read as an XLSX workbook: " + why +
                     ". Open it in your spreadsheet and save it again as an Excel Workbook "
                     "(.xlsx), or save the sheet as CSV."};
}

struct ZipCloser {
    void operator()(zip_t* zip) const { zip_discard(zip); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using Package = std::unique_ptr<zip_t, ZipCloser>;

Outcome<Package> openPackage(const std::string& path) {
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (zip == nullptr) {
        if (error == ZIP_ER_NOENT || error == ZIP_ER_OPEN || error == ZIP_ER_READ) {
            return Error{ErrorKind::NotFound, "Jointly cannot open " + quotedName(path) +
                                                  ". Check the file is there and you may read it."};
        }
        return damaged(path, "it is not a zip package, as every XLSX file is");
    }
    return Package(zip);
}

// One part, whole, or nothing (with a sentence) when it is missing, larger
// than the limit however it claims to be, or damaged.
Outcome<std::string> readPart(zip_t* zip, const std::string& path, const std::string& part,
                              const XlsxLimits& limits, bool* missing = nullptr) {
    const zip_int64_t index = zip_name_locate(zip, part.c_str(), ZIP_FL_NOCASE);
    if (index < 0) {
        if (missing != nullptr) {
            *missing = true;
            return std::string();
        }
        return damaged(path, "its part " + part + " is missing");
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
        return damaged(path, "its part " + part + " cannot be read");
    }
    const auto tooLarge = damaged(path, "its part " + part + " is larger than Jointly reads (" +
                                            std::to_string(limits.largestPart >> 20) + " MB)");
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > limits.largestPart) {
        return tooLarge;
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> file(
        zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0));
    if (!file) {
        return damaged(path, "its part " + part + " cannot be unpacked");
    }
    std::string text;
    char buffer[65536];
    while (true) {
        const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
        if (got < 0) {
            return damaged(path, "its part " + part + " is damaged");
        }
        if (got == 0) {
            break;
        }
        // Checked as it is read: the size a package claims may be false.
        if (text.size() + static_cast<std::size_t>(got) > limits.largestPart) {
            return tooLarge;
        }
        text.append(buffer, static_cast<std::size_t>(got));
    }
    return text;
}

// xl/workbook.xml: the sheets' names and relationship ids, in order.
struct WorkbookReading : XmlReading {
    std::vector<std::pair<std::string, std::string>> sheets;
    void start(std::string_view name, const XML_Char** attributes) override {
        if (name != "sheet") {
            return;
        }
        std::string id;
        for (int i = 0; attributes[i] != nullptr; i += 2) {
            const std::string_view key(attributes[i]);
            if (key.size() > 3 && key.substr(key.size() - 3) == ":id") {
                id = attributes[i + 1];
            }
        }
        sheets.emplace_back(attribute(attributes, "name"), id);
    }
    void end(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: where each relationship id points.
struct RelationsReading : XmlReading {
    std::map<std::string, std::string> targets;
    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "Relationship") {
            targets[attribute(attributes, "Id")] = attribute(attributes, "Target");
        }
    }
    void end(std::string_view) override {}
};

// xl/sharedStrings.xml: each string, its runs joined, phonetic guides left out.
struct SharedStringsReading : XmlReading {
    std::vector<std::string> strings;
    std::size_t limit = 0;
    int inString = 0;
    int inPhonetic = 0;
    int inText = 0;
    void start(std::string_view name, const XML_Char**) override {
        if (name == "si") {
            if (strings.size() >= limit) {
                problem = "it holds more text than Jointly reads";
                return;
            }
            strings.emplace_back();
            ++inString;
        } else if (name == "rPh") {
            ++inPhonetic;
        } else if (name == "t") {
            ++inText;
        }
    }
    void end(std::string_view name) override {
        if (name == "si") {
            --inString;
        } else if (name == "rPh") {
            --inPhonetic;
        } else if (name == "t") {
            --inText;
        }
    }
    void text(std::string_view chars) override {
        if (inString > 0 && inText > 0 && inPhonetic == 0) {
            strings.back() += chars;
        }
    }
};

// Whether a number format shows a date: the built-in date formats, or a
// format of one's own with a day, month or year in it outside quotes and
// brackets (where "d" could be text or a colour).
bool isDateFormat(int id, const std::string& code) {
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) {
        return true;
    }
    bool quoted = false;
    int bracket = 0;
    for (const char c : code) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '[') {
            ++bracket;
        } else if (!quoted && c == ']') {
            --bracket;
        } else if (!quoted && bracket == 0 && (c == 'd' || c == 'D' || c == 'y' || c == 'Y')) {
            return true;
        }
    }
    return false;
}

int toInt(const std::string& text, int fallback) {
    int value = fallback;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size() ? value : fallback;
}

// xl/styles.xml: which cell styles show a date.
struct StylesReading : XmlReading {
    std::map<int, std::string> codes;
    std::vector<bool> dateStyles;
    int inCellStyles = 0;
    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "numFmt") {
            codes[toInt(attribute(attributes, "numFmtId"), -1)] =
                attribute(attributes, "formatCode");
        } else if (name == "cellXfs") {
            ++inCellStyles;
        } else if (name == "xf" && inCellStyles > 0 && dateStyles.size() < 65'536) {
            const int id = toInt(attribute(attributes, "numFmtId"), 0);
            const auto code = codes.find(id);
            dateStyles.push_back(isDateFormat(id, code == codes.end() ? "" : code->second));
        }
    }
    void end(std::string_view name) override {
        if (name == "cellXfs") {
            --inCellStyles;
        }
    }
};

// "B12" as its column (from 0) and row (from 1); nothing if it is not one.
bool cellPlace(std::string_view ref, std::size_t& column, std::size_t& row) {
    std::size_t i = 0;
    column = 0;
    while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) {
        column = column * 26 + static_cast<std::size_t>(ref[i] - 'A' + 1);
        ++i;
    }
    if (i == 0 || i == ref.size() || column > kMostColumns) {
        return false;
    }
    --column;
    row = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9' || row > kMostRows) {
            return false;
        }
        row = row * 10 + static_cast<std::size_t>(ref[i] - '0');
    }
    return row >= 1 && row <= kMostRows;
}

// A date cell's serial number as YYYY-MM-DD, in the 1900 date system
// (serial 1 is 1 January 1900; 60 is the 29 February 1900 that a
// spreadsheet counts but that never was); empty when it is no date.
std::string dateOfSerial(const std::string& number) {
    double serial = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), serial);
    if (error != std::errc{} || end != number.data() + number.size() || !(serial >= 1) ||
        serial >= 2'958'466) {
        return {};
    }
    const auto whole = static_cast<long>(std::floor(serial));
    if (whole == 60) {
        return {};
    }
    // 25,569 is 1 January 1970; before March 1900 the count is one day less.
    return quantities::dateOfDayNumber(whole < 60 ? whole - 25'568 : whole - 25'569);
}

int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Text as the workbook means it: "_x000D_" is how a spreadsheet writes a
// character XML cannot hold (here a carriage return), and "_x005F_" an
// underscore that would otherwise start one.
std::string unescaped(const std::string& text) {
    if (text.find("_x") == std::string::npos) {
        return text;
    }
    std::string plain;
    plain.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
            int point = 0;
            bool hex = true;
            for (std::size_t k = 2; k < 6; ++k) {
                const int digit = hexDigit(text[i + k]);
                hex = hex && digit >= 0;
                point = point * 16 + digit;
            }
            if (hex) {
                // UTF-8 of a point below U+10000.
                if (point < 0x80) {
                    plain += static_cast<char>(point);
                } else if (point < 0x800) {
                    plain += static_cast<char>(0xC0 | (point >> 6));
                    plain += static_cast<char>(0x80 | (point & 0x3F));
                } else {
                    plain += static_cast<char>(0xE0 | (point >> 12));
                    plain += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
                    plain += static_cast<char>(0x80 | (point & 0x3F));
                }
                i += 6;
                continue;
            }
        }
        plain += text[i];
    }
    return util::validUtf8(plain);
}

// A worksheet's cells.
struct SheetReading : XmlReading {
    const std::vector<std::string>* strings = nullptr;
    const std::vector<bool>* dateStyles = nullptr;
    std::size_t* cellsLeft = nullptr;
    ReadSheet* sheet = nullptr;

    std::size_t row = 0;        // from 1; 0 before the first row
    std::size_t nextColumn = 0; // for cells that do not say where they are
    std::size_t column = 0;
    std::string type;
    int style = 0;
    std::string value;
    bool inValue = false;
    int inInline = 0;
    int inPhonetic = 0;
    bool inCell = false;

    bool use(std::size_t cells) {
        if (cells > *cellsLeft) {
            problem = "it has more cells than Jointly reads";
            return false;
        }
        *cellsLeft -= cells;
        return true;
    }

    void start(std::string_view name, const XML_Char** attributes) override {
        if (name == "row") {
            const auto said = attribute(attributes, "r");
            const std::size_t r = said.empty() ? row + 1 : static_cast<std::size_t>(toInt(said, 0));
            if (r <= row || r > kMostRows) {
                problem = "its rows are out of order";
                return;
            }
            row = r;
            nextColumn = 0;
        } else if (name == "c") {
            const auto ref = attribute(attributes, "r");
            std::size_t r = row;
            if (ref.empty()) {
                column = nextColumn;
            } else if (!cellPlace(ref, column, r) || r != row) {
                problem = "a cell (" + ref.substr(0, 20) + ") is out of place";
                return;
            }
            if (column >= kMostColumns || row == 0) {
                problem = "a cell is out of place";
                return;
            }
            nextColumn = column + 1;
            type = attribute(attributes, "t");
            style = toInt(attribute(attributes, "s"), 0);
            value.clear();
            inCell = true;
        } else if (name == "v" && inCell) {
            inValue = true;
        } else if (name == "is" && inCell) {
            ++inInline;
        } else if (name == "rPh") {
            ++inPhonetic;
        } else if (name == "t" && inInline > 0 && inPhonetic == 0) {
            inValue = true;
        }
    }

    void end(std::string_view name) override {
        if (name == "v" || name == "t") {
            inValue = false;
        } else if (name == "is") {
            --inInline;
        } else if (name == "rPh") {
            --inPhonetic;
        } else if (name == "c" && inCell) {
            inCell = false;
            keepCell();
        }
    }

    void text(std::string_view chars) override {
        if (inValue && inPhonetic == 0) {
            value += chars;
        }
    }

    void keepCell() {
        ReadCell cell;
        if (type == "s") {
            const int index = toInt(value, -1);
            if (index < 0 || static_cast<std::size_t>(index) >= strings->size()) {
                problem = "a cell names text the workbook does not hold";
                return;
            }
            cell = {ReadType::Text, unescaped((*strings)[static_cast<std::size_t>(index)])};
        } else if (type == "inlineStr" || type == "str") {
            cell = {ReadType::Text, unescaped(value)};
        } else if (type == "b") {
            cell = {ReadType::Flag, value == "1" ? "TRUE" : "FALSE"};
        } else if (type == "e") {
            cell = {ReadType::Error, value};
        } else if (!value.empty()) {
            const bool date = style >= 0 && static_cast<std::size_t>(style) < dateStyles->size() &&
                              (*dateStyles)[static_cast<std::size_t>(style)];
            auto asDate = date ? dateOfSerial(value) : std::string();
            cell = asDate.empty() ? ReadCell{ReadType::Number, value}
                                  : ReadCell{ReadType::Date, std::move(asDate)};
        }
        if (cell.type == ReadType::Empty) {
            return;
        }
        auto& rows = sheet->rows;
        if (rows.size() < row) {
            if (!use(row - rows.size())) {
                return;
            }
            rows.resize(row);
        }
        auto& cells = rows[row - 1];
        if (cells.size() <= column) {
            if (!use(column + 1 - cells.size())) {
                return;
            }
            cells.resize(column + 1);
        }
        cells[column] = std::move(cell);
    }
};

// Where a relationship's target is inside the package.
std::string partOf(const std::string& target) {
    if (!target.empty() && target.front() == '/') {
        return target.substr(1);
    }
    return "xl/" + target;
}

} // namespace

Outcome<std::string> xlsxPart(const std::string& path, const std::string& part,
                              const XlsxLimits& limits) {
    auto package = openPackage(path);
    if (!package.ok()) {
        return package.error();
    }
    return readPart(package.value().get(), path, part, limits);
}

Outcome<std::vector<ReadSheet>> readXlsx(const std::string& path, const XlsxLimits& limits) {
    auto package = openPackage(path);
    if (!package.ok()) {
        return package.error();
    }
    zip_t* zip = package.value().get();
    auto readXml = [&](const std::string& part, XmlReading& reading, bool optional) -> Status {
        bool missing = false;
        auto xml = readPart(zip, path, part, limits, optional ? &missing : nullptr);
        if (!xml.ok()) {
            return xml.error();
        }
        if (missing) {
            return success();
        }
        if (auto problem = parseXml(xml.value(), reading); !problem.empty()) {
            return damaged(path, "in its part " + part + ", " + problem);
        }
        return success();
    };
    WorkbookReading workbook;
    RelationsReading relations;
    SharedStringsReading strings;
    strings.limit = limits.mostCells;
    StylesReading styles;
    for (const auto& [part, reading, optional] :
         std::vector<std::tuple<std::string, XmlReading*, bool>>{
             {"xl/workbook.xml", &workbook, false},
             {"xl/_rels/workbook.xml.rels", &relations, false},
             {"xl/sharedStrings.xml", &strings, true},
             {"xl/styles.xml", &styles, true}}) {
        if (auto read = readXml(part, *reading, optional); !read.ok()) {
            return read.error();
        }
    }
    std::vector<ReadSheet> sheets;
    std::size_t cellsLeft = limits.mostCells;
    for (const auto& [name, id] : workbook.sheets) {
        const auto target = relations.targets.find(id);
        if (target == relations.targets.end()) {
            return damaged(path, "its sheet " + util::curlyQuoted(name) + " is not in it");
        }
        ReadSheet sheet;
        sheet.name = util::validUtf8(name);
        SheetReading reading;
        reading.strings = &strings.strings;
        reading.dateStyles = &styles.dateStyles;
        reading.cellsLeft = &cellsLeft;
        reading.sheet = &sheet;
        if (auto read = readXml(partOf(target->second), reading, false); !read.ok()) {
            return read.error();
        }
        sheets.push_back(std::move(sheet));
    }
    if (sheets.empty()) {
        return damaged(path, "it has no sheet");
    }
    return sheets;
}

} // namespace jointly::sheets

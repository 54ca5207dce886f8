#include "sheets/XlsxWorkbook.h"

#include "util/Text.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>

namespace jointly::sheets {

namespace {

// A sheet's name: at most 31 characters, none of []:*?/\, not starting or
// ending with an apostrophe, never empty.
std::string allowedSheetName(const std::string& wanted) {
    std::string name;
    for (const char c : util::validUtf8(wanted)) {
        name += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : ' ';
    }
    while (!name.empty() && (name.front() == '\'' || name.front() == ' ')) {
        name.erase(name.begin());
    }
    // 31 characters, cut on a character's first byte.
    std::size_t characters = 0;
    std::size_t cut = 0;
    for (; cut < name.size(); ++cut) {
        if ((static_cast<unsigned char>(name[cut]) & 0xC0u) != 0x80u && ++characters > 31) {
            break;
        }
    }
    name.resize(cut);
    while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) {
        name.pop_back();
    }
    return name.empty() ? std::string("Sheet") : name;
}

// Text as a cell holds it: UTF-8, at most kMostText bytes, cut on a
// character's first byte.
std::string cellText(const std::string& text) {
    auto valid = util::validUtf8(text);
    if (valid.size() > XlsxWorkbook::kMostText) {
        std::size_t cut = XlsxWorkbook::kMostText;
        while (cut > 0 && (static_cast<unsigned char>(valid[cut]) & 0xC0u) == 0x80u) {
            --cut;
        }
        valid.resize(cut);
    }
    return valid;
}

// A date the file can hold as a date (1900 to 9999); nothing otherwise.
bool asDate(const std::string& iso, lxw_datetime& date) {
    int year = 0;
    int month = 0;
    int day = 0;
    char tail = 0;
    if (iso.size() != 10 ||
        std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3 || year < 1900 ||
        year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) {
        return false;
    }
    date = lxw_datetime{year, month, day, 0, 0, 0.0};
    return true;
}

} // namespace

XlsxWorkbook::XlsxWorkbook(const std::string& path, const std::string& name)
    : file_(path, name), name_(name) {
    if (!file_.opened().ok()) {
        problem_ = file_.opened().error().message;
        return;
    }
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    workbook_ = workbook_new_opt(file_.partialPath().c_str(), &options);
    if (workbook_ == nullptr) {
        problem_ = "Jointly cannot write " + name_ +
                   ". Check the folder exists and you may "
                   "write in it.";
        return;
    }
    header_ = workbook_add_format(workbook_);
    format_set_bold(header_);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
    money_ = workbook_add_format(workbook_);
    format_set_num_format(money_, "\xC2\xA3#,##0.00;-\xC2\xA3#,##0.00"); // £1,234.56; -£1.00
    share_ = workbook_add_format(workbook_);
    format_set_num_format(share_, "0.00%");
    decimal_ = workbook_add_format(workbook_);
    format_set_num_format(decimal_, "#,##0.00");
    date_ = workbook_add_format(workbook_);
    format_set_num_format(date_, "d mmm yyyy");
    text_ = workbook_add_format(workbook_);
    format_set_align(text_, LXW_ALIGN_VERTICAL_TOP);
}

XlsxWorkbook::~XlsxWorkbook() {
    if (workbook_ != nullptr) {
        // Not finished: nothing is kept (the partial file is removed).
        workbook_close(workbook_);
    }
}

std::string XlsxWorkbook::uniqueSheetName(const std::string& wanted) {
    const auto base = allowedSheetName(wanted);
    auto name = base;
    for (int n = 2; std::any_of(
             sheetNames_.begin(), sheetNames_.end(),
             [&](const std::string& used) { return util::lower(used) == util::lower(name); });
         ++n) {
        const auto suffix = " (" + std::to_string(n) + ")";
        name = allowedSheetName(base.substr(0, std::min<std::size_t>(base.size(), 26)) + suffix);
    }
    sheetNames_.push_back(name);
    return name;
}

lxw_format* XlsxWorkbook::formatOf(CellType type) {
    switch (type) {
    case CellType::Money:
        return money_;
    case CellType::Share:
        return share_;
    case CellType::Decimal:
        return decimal_;
    case CellType::Date:
        return date_;
    default:
        return text_;
    }
}

void XlsxWorkbook::startSheet(const std::string& sheetName, const std::vector<Column>& columns) {
    if (workbook_ == nullptr || !problem_.empty()) {
        return;
    }
    sheet_ = workbook_add_worksheet(workbook_, uniqueSheetName(sheetName).c_str());
    if (sheet_ == nullptr) {
        problem_ = "Jointly could not add the sheet \xE2\x80\x9C" + sheetName + "\xE2\x80\x9D to " +
                   name_ + ".";
        return;
    }
    row_ = 0;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const auto column = static_cast<lxw_col_t>(c);
        worksheet_set_column(sheet_, column, column, std::clamp(columns[c].width, 4, 80),
                             formatOf(columns[c].type));
        worksheet_write_string(sheet_, 0, column, cellText(columns[c].heading).c_str(), header_);
    }
    worksheet_freeze_panes(sheet_, 1, 0);
    if (!columns.empty()) {
        // The filter covers the header; a spreadsheet extends it to the rows.
        worksheet_autofilter(sheet_, 0, 0, 0, static_cast<lxw_col_t>(columns.size() - 1));
    }
}

void XlsxWorkbook::addRow(const std::vector<Cell>& cells) {
    if (sheet_ == nullptr || !problem_.empty()) {
        return;
    }
    if (row_ >= kMostRows) {
        problem_ = "The table has more rows than a spreadsheet's sheet holds (1,048,575). "
                   "Export it as CSV instead.";
        return;
    }
    ++row_;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        const auto& cell = cells[c];
        const auto column = static_cast<lxw_col_t>(c);
        lxw_error written = LXW_NO_ERROR;
        switch (cell.type) {
        case CellType::Empty:
            break;
        case CellType::Text:
            // Always a string cell: "=SUM(A1)" or "-Minus" is never a formula.
            written =
                worksheet_write_string(sheet_, row_, column, cellText(cell.text).c_str(), text_);
            break;
        case CellType::Number:
            written = worksheet_write_number(sheet_, row_, column, static_cast<double>(cell.number),
                                             nullptr);
            break;
        case CellType::Money:
        case CellType::Decimal:
            written = worksheet_write_number(sheet_, row_, column,
                                             static_cast<double>(cell.number) / 100.0,
                                             formatOf(cell.type));
            break;
        case CellType::Share:
            written = worksheet_write_number(sheet_, row_, column,
                                             static_cast<double>(cell.number) / 10000.0, share_);
            break;
        case CellType::Date: {
            lxw_datetime date{};
            written = asDate(cell.text, date)
                          ? worksheet_write_datetime(sheet_, row_, column, &date, date_)
                          : worksheet_write_string(sheet_, row_, column,
                                                   cellText(cell.text).c_str(), text_);
            break;
        }
        }
        if (written != LXW_NO_ERROR) {
            problem_ = "Jointly could not write row " + std::to_string(row_) + " of " + name_ +
                       ": " + lxw_strerror(written) + ".";
            return;
        }
    }
}

Status XlsxWorkbook::finish() {
    if (workbook_ == nullptr) {
        return Error{ErrorKind::Storage, problem_};
    }
    const auto closed = workbook_close(workbook_);
    workbook_ = nullptr;
    if (!problem_.empty()) {
        return Error{ErrorKind::Storage, problem_ + " Nothing was written."};
    }
    if (closed != LXW_NO_ERROR) {
        return Error{ErrorKind::Storage, "Jointly could not finish writing " + name_ +
                                             "; the disk may be full. Nothing was written."};
    }
    return file_.commit();
}

} // namespace jointly::sheets

#pragma once

#include "sheets/SheetWriter.h"
#include "util/PartialFile.h"

#include <memory>
#include <string>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace jointly::sheets {

// An XLSX workbook written with libxlsxwriter: a sheet per table with its
// header in bold, frozen and filtered, columns as wide as asked, whole
// numbers as numbers, money as pounds (£#,##0.00), shares as percentages,
// dates as real dates, and text always as text, so a name that starts with
// "=" or "-" is never run as a formula. Rows are written as they come
// (libxlsxwriter's constant-memory mode), so a long table needs no more
// memory than a short one. Written beside its final name and moved into
// place when whole.
//
// Money reaches the file as pounds in a spreadsheet's own number (a double,
// as every XLSX number is): any amount under £10 trillion (15 significant
// figures) reads back to the penny.
class XlsxWorkbook : public SheetWriter {
public:
    // name: how sentences call the file ("Westshire partners.xlsx").
    XlsxWorkbook(const std::string& path, const std::string& name);
    ~XlsxWorkbook() override;
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    void startSheet(const std::string& sheetName, const std::vector<Column>& columns) override;
    void addRow(const std::vector<Cell>& cells) override;
    Status finish() override;

    // The most rows a sheet holds below its header.
    static constexpr std::uint32_t kMostRows = 1'048'575;
    // The most characters a cell holds.
    static constexpr std::size_t kMostText = 32'767;

private:
    std::string uniqueSheetName(const std::string& wanted);
    lxw_format* formatOf(CellType type);

    util::PartialFile file_;
    std::string name_;
    lxw_workbook* workbook_ = nullptr;
    lxw_worksheet* sheet_ = nullptr;
    lxw_format* header_ = nullptr;
    lxw_format* money_ = nullptr;
    lxw_format* share_ = nullptr;
    lxw_format* decimal_ = nullptr;
    lxw_format* date_ = nullptr;
    lxw_format* text_ = nullptr;
    std::uint32_t row_ = 0;
    std::vector<std::string> sheetNames_;
    std::string problem_; // the first thing that went wrong, as a sentence
};

} // namespace jointly::sheets

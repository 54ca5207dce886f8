#include "bcf/PlanExport.h"

#include "sheets/CsvSheet.h"
#include "sheets/TableExport.h"
#include "sheets/XlsxWorkbook.h"

#include <filesystem>
#include <memory>

namespace jointly::bcf {

namespace {

using sheets::Cell;
using sheets::CellType;
using sheets::Column;

Cell text(const std::string& value) {
    return value.empty() ? Cell::empty() : Cell::ofText(value);
}

void writeIncome(sheets::SheetWriter& out, const ExpenditurePlan& plan) {
    out.startSheet("Income", {{"Source", CellType::Text, 34},
                              {"Contributing organisation", CellType::Text, 34},
                              {"District", CellType::Text, 20},
                              {"Amount (£)", CellType::Money, 18},
                              {"Narrative", CellType::Text, 40}});
    for (const auto& line : plan.income) {
        out.addRow({text(line.source), text(line.organisation), text(line.district),
                    Cell::ofNumber(CellType::Money, line.pence), text(line.narrative)});
    }
}

void writeExpenditure(sheets::SheetWriter& out, const ExpenditurePlan& plan) {
    const auto year = quantities::formatFinancialYear(plan.year);
    out.startSheet("Expenditure",
                   {{"Scheme ID", CellType::Text, 10},
                    {"Scheme Name", CellType::Text, 30},
                    {"Brief Description of Scheme", CellType::Text, 40},
                    {"Scheme Type", CellType::Text, 30},
                    {"Sub Types", CellType::Text, 24},
                    {"Please specify if 'Scheme Type' is 'Other'", CellType::Text, 24},
                    {"Planned Outputs", CellType::Number, 10},
                    {"Units", CellType::Text, 12},
                    {"Area of Spend", CellType::Text, 18},
                    {"Commissioner", CellType::Text, 16},
                    {"% NHS (if Joint Commissioner)", CellType::Share, 12},
                    {"% LA (if Joint Commissioner)", CellType::Share, 12},
                    {"Provider", CellType::Text, 24},
                    {"Source of Funding", CellType::Text, 30},
                    {"Expenditure (£) " + year, CellType::Money, 18},
                    {"New/ Existing Scheme", CellType::Text, 12}});
    for (const auto& line : plan.spending) {
        const bool joint = line.commissioner == "joint" && line.nhsShareBp.has_value();
        out.addRow(
            {text(line.reference), text(line.scheme), text(line.description), text(line.schemeType),
             text(line.subType), text(line.otherType),
             line.outputs ? Cell::ofNumber(CellType::Number, *line.outputs) : Cell::empty(),
             text(line.outputUnit), text(line.areaOfSpend),
             text(commissionerWords(line.commissioner)),
             joint ? Cell::ofNumber(CellType::Share, *line.nhsShareBp) : Cell::empty(),
             joint ? Cell::ofNumber(CellType::Share, 10000 - *line.nhsShareBp) : Cell::empty(),
             text(line.provider), text(line.fundingSource),
             Cell::ofNumber(CellType::Money, line.pence),
             Cell::ofText(line.existing ? "Existing" : "New")});
    }
}

void writeChecks(sheets::SheetWriter& out, const ExpenditurePlan& plan) {
    out.startSheet("Checks", {{"Met", CellType::Text, 8}, {"Check", CellType::Text, 100}});
    for (const auto& check : plan.checks) {
        out.addRow({Cell::ofText(check.met ? "Yes" : "No"), Cell::ofText(check.sentence)});
    }
}

} // namespace

Outcome<ExpenditurePlan> exportExpenditurePlan(storage::Database& db,
                                               quantities::FinancialYear year,
                                               const std::string& path) {
    const auto format = sheets::sheetFormatOf(path);
    if (!format.ok()) {
        return format.error();
    }
    auto plan = loadExpenditurePlan(db, year);
    if (!plan.ok()) {
        return plan.error();
    }
    const auto name = std::filesystem::path(path).filename().string();
    std::unique_ptr<sheets::SheetWriter> out;
    if (format.value() == sheets::SheetFormat::Xlsx) {
        out = std::make_unique<sheets::XlsxWorkbook>(path, name);
    } else {
        out = std::make_unique<sheets::CsvSheet>(path, name);
    }
    writeIncome(*out, plan.value());
    writeExpenditure(*out, plan.value());
    writeChecks(*out, plan.value());
    const auto done = out->finish();
    if (!done.ok()) {
        return done.error();
    }
    return plan;
}

} // namespace jointly::bcf

// Fuzzes the KPI actuals import: the bytes are a CSV file (or, with a tab in
// them, cells pasted from a spreadsheet), imported into a monthly KPI of a
// fresh project. When it is accepted, every period from the first to the
// last must be held once (a period left out is recorded as missing, never
// skipped), the project is read back as the app would read it, and the
// import is undone (leaving no figure) and redone.

#include "FuzzSupport.h"
#include "ImportSupport.h"

#include "monitoring/ActualsImport.h"
#include "monitoring/KpiBoard.h"
#include "monitoring/SeriesCsv.h"
#include "procurement/ContractKinds.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

using namespace jointly;

namespace {

[[noreturn]] void contradiction(const char* what) {
    std::fprintf(stderr, "jointly fuzz: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto project = fuzz::freshProject();
    auto kpi =
        records::addRecord(*project, procurement::contractKpi(),
                           {{"name", records::FieldValue{std::string("Fuzzed")}},
                            {"frequency", records::FieldValue{std::string("monthly")}},
                            {"target_hundredths", records::FieldValue{std::int64_t{8000}}},
                            {"tolerance_hundredths", records::FieldValue{std::int64_t{500}}}});
    if (!kpi.ok()) {
        contradiction("a KPI cannot be added to a fresh project");
    }
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::istringstream in(monitoring::pastedAsCsv(text));
    auto imported = monitoring::importActuals(*project, kpi.value(), in, "fuzz.csv");
    auto& db = project->database();
    if (!imported.ok()) {
        if (db.queryInt64("SELECT count(*) FROM kpi_actual") != 0) {
            contradiction("a refused actuals import left figures behind");
        }
        return 0;
    }
    const auto held = db.queryInt64("SELECT count(*) FROM kpi_actual");
    const auto periods = db.queryInt64("SELECT count(DISTINCT period) FROM kpi_actual");
    const auto gaps =
        db.queryInt64("SELECT count(*) FROM kpi_actual WHERE source = 'fuzz.csv: not in the file'");
    if (held != periods || held != static_cast<std::int64_t>(imported.value().added) + gaps) {
        contradiction("an actuals import holds a period twice, or not the periods it added");
    }
    const auto board = monitoring::kpiBoard(db);
    if (board.size() != 1 || board.front().missing != imported.value().missing.size()) {
        contradiction("the dashboard counts other missing periods than the import recorded");
    }
    fuzz::readEverything(db, fuzz::Tolerate::Nothing);
    if (!project->undo().ok() || db.queryInt64("SELECT count(*) FROM kpi_actual") != 0 ||
        !project->redo().ok() || db.queryInt64("SELECT count(*) FROM kpi_actual") != held) {
        contradiction("an actuals import cannot be undone and redone whole");
    }
    return 0;
}

#include "monitoring/ActualsImport.h"

#include "monitoring/KpiRecord.h"
#include "monitoring/SeriesCsv.h"
#include "project/FileInspection.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "quantities/Decimal.h"
#include "quantities/Period.h"
#include "sheets/WorkbookAsCsv.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace jointly::monitoring {

using quantities::Frequency;
using quantities::frequencyOf;
using quantities::normalPeriod;
using quantities::periodExample;
using quantities::periodNumber;
using quantities::periodOfNumber;

namespace {

struct Figure {
    std::string period;
    std::optional<std::int64_t> hundredths;
    std::string note;
    std::string source;
};

Error rowError(const std::string& name, const SeriesRow& row, const std::string& what) {
    return Error{ErrorKind::Invalid, name + ", row " + std::to_string(row.row) + " (" + row.period +
                                         "): " + what + " Nothing was imported."};
}

// The value exactly, in hundredths: "87.5%" is 8750. A sentence when it has
// more than two decimals, as a KPI keeps none finer.
Outcome<std::optional<std::int64_t>> hundredthsOf(const std::string& name, const SeriesRow& row) {
    if (!row.value) {
        return std::optional<std::int64_t>();
    }
    std::string_view text = row.valueText;
    if (!text.empty() && text.back() == '%') {
        text = util::trim(text.substr(0, text.size() - 1));
    }
    if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
    }
    const auto exact = quantities::parseHundredths(text);
    if (!exact || *exact < -quantities::kMaxDecimalHundredths ||
        *exact > quantities::kMaxDecimalHundredths) {
        return rowError(name, row,
                        util::curlyQuoted(row.valueText) +
                            " has more than two decimals: Jointly keeps a KPI's figures to the "
                            "hundredth. Round it to two decimals.");
    }
    return std::optional<std::int64_t>(*exact);
}

std::string importSentence(const ActualsImported& done, std::size_t figures,
                           const std::string& name) {
    auto sentence =
        "Imported " + std::to_string(figures) + (figures == 1 ? " figure for " : " figures for ") +
        util::curlyQuoted(done.kpi) + " from " + name + ": " + std::to_string(done.added) +
        " new, " + std::to_string(done.replaced) + " replaced.";
    if (!done.missing.empty()) {
        sentence += " " + util::joinedWithAnd(done.missing) +
                    (done.missing.size() == 1 ? " is" : " are") +
                    " missing and recorded so: give the figures when you have them.";
    }
    return sentence;
}

} // namespace

Outcome<ActualsImported> importActuals(project::Project& project, std::int64_t kpiId,
                                       std::istream& in, const std::string& name) {
    auto& db = project.database();
    const auto kpi = project.guarded<Outcome<KpiRecord>>([&]() -> Outcome<KpiRecord> {
        auto found = readKpi(db, kpiId);
        if (!found) {
            return Error{ErrorKind::NotFound, "There is no KPI " + std::to_string(kpiId) +
                                                  " in the project: it may have been deleted."};
        }
        return std::move(*found);
    });
    if (!kpi.ok()) {
        return kpi.error();
    }
    const auto frequency = frequencyOf(kpi.value().frequency).value_or(Frequency::Quarterly);
    auto read = readSeries(in, name);
    if (!read.ok()) {
        return Error{read.error().kind, read.error().message + " Nothing was imported."};
    }
    std::map<std::int64_t, Figure> figures; // by period number
    std::map<std::int64_t, std::size_t> rowOf;
    for (const auto& row : read.value()) {
        const auto period = normalPeriod(row.period, frequency);
        if (!period) {
            return rowError(name, row,
                            util::curlyQuoted(row.period) + " is not a period of this " +
                                kpi.value().frequency + " KPI: write " +
                                std::string(periodExample(frequency)) + ".");
        }
        const auto number = *periodNumber(*period, frequency);
        if (const auto [earlier, added] = rowOf.emplace(number, row.row); !added) {
            return rowError(name, row,
                            "it gives " + *period + " again, first given on row " +
                                std::to_string(earlier->second) + ". Give each period once.");
        }
        auto value = hundredthsOf(name, row);
        if (!value.ok()) {
            return value.error();
        }
        figures[number] = {*period, value.value(), row.note,
                           name + ", row " + std::to_string(row.row)};
    }
    const auto first = figures.begin()->first;
    const auto last = figures.rbegin()->first;
    std::map<std::string, std::int64_t> held; // period -> the actual's id
    std::map<std::string, bool> heldHasValue;
    for (const auto& figure : kpi.value().figures) {
        held.emplace(figure.period, figure.id);
        heldHasValue.emplace(figure.period, figure.hundredths.has_value());
    }
    ActualsImported done;
    done.kpi = kpi.value().name;
    for (auto number = first; number <= last; ++number) {
        const auto found = figures.find(number);
        if (found == figures.end()) {
            const auto period = periodOfNumber(number, frequency);
            if (held.count(period) == 0) {
                figures[number] = {period, std::nullopt, "", name + ": not in the file"};
                done.missing.push_back(period);
            } else if (!heldHasValue[period]) {
                done.missing.push_back(period);
            }
        } else if (!found->second.hundredths) {
            done.missing.push_back(found->second.period);
        }
    }
    const std::size_t given = rowOf.size();
    auto status = project.edit(
        "Import actuals for " + util::curlyQuoted(done.kpi) + " from " + name,
        [&](storage::Database& writable) {
            auto insert =
                writable.prepare("INSERT INTO kpi_actual (id, kpi_id, period, value_hundredths, "
                                 "note, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            auto update =
                writable.prepare("UPDATE kpi_actual SET value_hundredths = ?2, note = CASE WHEN "
                                 "?3 = '' THEN note ELSE ?3 END, source = ?4 WHERE id = ?1");
            project::IdAllocator ids(writable, "kpi_actual");
            done.added = 0;
            done.replaced = 0;
            for (const auto& [number, figure] : figures) {
                const auto existing = held.find(figure.period);
                if (existing != held.end()) {
                    update.reset();
                    update.bind(1, existing->second)
                        .bind(2, figure.hundredths)
                        .bind(3, figure.note)
                        .bind(4, figure.source)
                        .run();
                    ++done.replaced;
                    continue;
                }
                insert.reset();
                insert.bind(1, ids.next())
                    .bind(2, kpiId)
                    .bind(3, figure.period)
                    .bind(4, figure.hundredths)
                    .bind(5, figure.note)
                    .bind(6, figure.source)
                    .run();
                if (rowOf.count(number) != 0) {
                    ++done.added;
                }
            }
        });
    if (!status.ok()) {
        return status.error();
    }
    done.sentence = importSentence(done, given, name);
    return done;
}

Outcome<ActualsImported> importActualsFile(project::Project& project, std::int64_t kpiId,
                                           const std::string& csvPath) {
    const auto name = project::displayName(csvPath);
    if (sheets::isWorkbook(csvPath)) {
        // A workbook's first sheet, read as its CSV would be.
        auto text = sheets::firstSheetAsCsv(csvPath);
        if (!text.ok()) {
            return text.error();
        }
        std::istringstream sheet(text.value());
        return importActuals(project, kpiId, sheet, name);
    }
    std::ifstream in(csvPath, std::ios::binary);
    std::error_code ec;
    if (!in || std::filesystem::is_directory(csvPath, ec)) {
        return Error{ErrorKind::NotFound,
                     "Jointly cannot read " + name + ". Check the name and folder."};
    }
    return importActuals(project, kpiId, in, name);
}

} // namespace jointly::monitoring

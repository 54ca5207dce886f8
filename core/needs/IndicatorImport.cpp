#include "needs/IndicatorImport.h"

#include "csv/CsvReader.h"
#include "needs/IndicatorRow.h"
#include "needs/RowKeyHashes.h"
#include "needs/Statistics.h"
#include "project/FileInspection.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "quantities/CalendarDate.h"
#include "sheets/WorkbookAsCsv.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "util/FileHash.h"
#include "util/Text.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace jointly::needs {

const char* const kLiveValue =
    "(v.import_id IS NULL OR v.import_id IN (SELECT id FROM indicator_import WHERE active = 1)) "
    "AND (v.replaced_by IS NULL OR v.replaced_by NOT IN "
    "(SELECT id FROM indicator_import WHERE active = 1))";

namespace {

constexpr std::size_t kProgressEvery = 4096;

// Thrown inside the staging transaction to stop it; becomes the Error.
struct Stop {
    Error error;
};

Error cannotRead(const std::string& name) {
    return Error{ErrorKind::NotFound, "Jointly cannot read " + name +
                                          ". Check it exists "
                                          "and you may open it."};
}

void bindOptional(storage::Statement& statement, int index, const std::optional<double>& value) {
    if (value) {
        statement.bindDouble(index, *value);
    } else {
        statement.bindNull(index);
    }
}

std::string describeKey(const IndicatorRow& row) {
    return "indicator " + row.indicatorCode + ", area " + row.areaCode + ", " + row.period;
}

// Reads, checks and writes the rows of one file inside the open transaction.
class Stager {
public:
    Stager(storage::Database& db, const ImportOptions& options, ImportReport& report,
           std::int64_t importId)
        : db_(db), options_(options), report_(report), importId_(importId),
          findIndicator_(db.prepare("SELECT id, created_by_import, polarity FROM indicator "
                                    "WHERE source_code = ?1")),
          adoptIndicator_(db.prepare("UPDATE indicator SET created_by_import = ?1 WHERE id = ?2")),
          addIndicator_(db.prepare("INSERT INTO indicator (source_code, name, unit, source, "
                                   "created_by_import, polarity, id) VALUES (?1, ?2, ?3, ?4, ?5, "
                                   "?6, ?7)")),
          findHeld_(db.prepare(std::string("SELECT v.id FROM indicator_value v WHERE "
                                           "v.indicator_id = ?1 AND v.area_code = ?2 AND "
                                           "v.sex = ?3 AND v.age = ?4 AND v.category_type = ?5 "
                                           "AND v.category = ?6 AND v.period_key = ?7 AND "
                                           "v.period = ?8 AND (v.import_id = ?9 OR (") +
                               kLiveValue + "))")),
          anyValue_(db.prepare("SELECT EXISTS (SELECT 1 FROM indicator_value WHERE "
                               "indicator_id = ?1)")),
          replace_(db.prepare("UPDATE indicator_value SET replaced_by = ?1 WHERE id = ?2")),
          insert_(db.prepare(
              "INSERT INTO indicator_value (indicator_id, import_id, area_code, area_name, "
              "area_type, parent_code, parent_name, sex, age, category_type, category, period, "
              "period_key, value, lower_95, upper_95, lower_99_8, upper_99_8, count, "
              "denominator, value_note, source_trend, source_compared_england, "
              "source_compared_parent, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
              "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)")),
          indicatorIds_(db, "indicator"), valueIds_(db, "indicator_value") {}

    // Adds one checked row; false if it was left out as a duplicate.
    bool add(const IndicatorRow& row, std::size_t rowNumber) {
        auto indicatorId = indicatorFor(row);
        std::vector<std::int64_t> held;
        if (!certainlyNew(indicatorId, row)) {
            held = heldRows(indicatorId, row);
        }
        if (!held.empty()) {
            ++report_.rowsAlreadyHeld;
            if (options_.duplicates == DuplicateRule::Ask) {
                if (!firstDuplicate_) {
                    firstDuplicate_ =
                        "row " + std::to_string(rowNumber) + " (" + describeKey(row) + ")";
                }
                return false;
            }
            if (options_.duplicates == DuplicateRule::Keep) {
                return false;
            }
            for (auto id : held) {
                replace_.reset();
                replace_.bind(1, importId_).bind(2, id).run();
            }
        }
        // The row's text is bound uncopied (it outlives the run()); the reset
        // after it lets go of the text again.
        insert_.reset();
        insert_.bind(1, indicatorId)
            .bind(2, importId_)
            .bindUncopied(3, row.areaCode)
            .bindUncopied(4, row.areaName)
            .bindUncopied(5, row.areaType)
            .bindUncopied(6, row.parentCode)
            .bindUncopied(7, row.parentName)
            .bindUncopied(8, row.sex)
            .bindUncopied(9, row.age)
            .bindUncopied(10, row.categoryType)
            .bindUncopied(11, row.category)
            .bindUncopied(12, row.period)
            .bind(13, row.periodKey);
        bindOptional(insert_, 14, row.value);
        bindOptional(insert_, 15, row.lower95);
        bindOptional(insert_, 16, row.upper95);
        bindOptional(insert_, 17, row.lower998);
        bindOptional(insert_, 18, row.upper998);
        bindOptional(insert_, 19, row.count);
        bindOptional(insert_, 20, row.denominator);
        insert_.bindUncopied(21, row.valueNote)
            .bindUncopied(22, row.recentTrend)
            .bindUncopied(23, row.comparedEngland)
            .bindUncopied(24, row.comparedParent)
            .bind(25, valueIds_.next());
        insert_.run();
        insert_.reset();
        return true;
    }

    const std::optional<std::string>& firstDuplicate() const { return firstDuplicate_; }

    // Decides polarities: from a mapped file's own column, or inferred from
    // Fingertips' "Compared to England" words against England's value.
    void settlePolarities(const std::string& sourceName) {
        std::map<std::int64_t, std::string> inferred;
        // The evidence: each of this import's rows outside England, in file
        // order, beside England's value for the same indicator, sex, age,
        // category and period. Only indicators whose polarity this import may
        // set need it; an indicator's first Better or Worse that gives a
        // polarity decides it, so its later rows are passed over; and words
        // that give no polarity need no England value.
        auto rows = db_.prepare(
            "SELECT v.indicator_id, v.source_compared_england, v.lower_95, v.upper_95, "
            "v.lower_99_8, v.upper_99_8, v.sex, v.age, v.category_type, v.category, "
            "v.period_key FROM indicator_value v WHERE v.import_id = ?1 AND "
            "v.area_code <> 'E92000001' AND v.source_compared_england <> '' ORDER BY v.id");
        auto england = db_.prepare(
            "SELECT e.value FROM indicator_value e WHERE e.indicator_id = ?1 AND "
            "e.area_code = 'E92000001' AND e.sex = ?2 AND e.age = ?3 AND e.category_type = ?4 "
            "AND e.category = ?5 AND e.period_key = ?6 AND e.import_id = ?7 ORDER BY e.id");
        rows.bind(1, importId_);
        while (rows.step()) {
            auto id = rows.int64(0);
            if ((!created_.count(id) && !unknownPolarity_.count(id)) ||
                explicitPolarity_.count(id)) {
                continue; // nothing to infer: see below
            }
            auto known = inferred.find(id);
            if (known != inferred.end() && known->second != "no_judgement") {
                continue; // decided
            }
            auto words = rows.text(1);
            auto parsed = parseComparedWords(words);
            if (!parsed) {
                continue;
            }
            const bool judged = parsed->verdict == ComparedVerdict::Better ||
                                parsed->verdict == ComparedVerdict::Worse;
            const bool unjudged = parsed->verdict == ComparedVerdict::Higher ||
                                  parsed->verdict == ComparedVerdict::Lower;
            if (!judged && !(unjudged && known == inferred.end())) {
                continue; // these words cannot change what is inferred
            }
            const bool wide = parsed->level == ConfidenceLevel::Percent99_8;
            auto lower = optionalDouble(rows, wide ? 4 : 2);
            auto upper = optionalDouble(rows, wide ? 5 : 3);
            england.reset();
            england.bind(1, id)
                .bind(2, rows.text(6))
                .bind(3, rows.text(7))
                .bind(4, rows.text(8))
                .bind(5, rows.text(9))
                .bind(6, rows.int64(10))
                .bind(7, importId_);
            while (england.step()) {
                auto polarity = inferPolarity(words, lower, upper, optionalDouble(england, 0));
                if (!polarity) {
                    continue;
                }
                auto& chosen = inferred[id];
                // Better/Worse evidence outweighs Higher/Lower (no judgement).
                if (chosen.empty() || chosen == "no_judgement") {
                    chosen = *polarity == Polarity::HigherIsBetter  ? "higher_is_better"
                             : *polarity == Polarity::LowerIsBetter ? "lower_is_better"
                                                                    : "no_judgement";
                }
            }
        }
        for (const auto& [id, polarity] : explicitPolarity_) {
            inferred[id] = polarity;
        }
        auto set = db_.prepare("UPDATE indicator SET polarity = ?1, polarity_inferred = ?2 "
                               "WHERE id = ?3 AND polarity = 'unknown'");
        for (const auto& [id, polarity] : inferred) {
            const bool fromFile = explicitPolarity_.count(id) > 0;
            if (created_.count(id)) {
                set.reset();
                set.bind(1, polarity).bind(2, fromFile ? 0 : 1).bind(3, id).run();
            } else if (unknownPolarity_.count(id)) {
                report_.polaritiesForExisting.push_back(ExistingPolarity{id, polarity, !fromFile});
            }
        }
        (void)sourceName;
    }

private:
    static std::optional<double> optionalDouble(const storage::Statement& statement, int column) {
        if (statement.isNull(column)) {
            return std::nullopt;
        }
        return statement.real(column);
    }

    // The rows already held (or added earlier by this import) with this row's key.
    std::vector<std::int64_t> heldRows(std::int64_t indicatorId, const IndicatorRow& row) {
        findHeld_.reset();
        findHeld_.bind(1, indicatorId)
            .bind(2, row.areaCode)
            .bind(3, row.sex)
            .bind(4, row.age)
            .bind(5, row.categoryType)
            .bind(6, row.category)
            .bind(7, row.periodKey)
            .bind(8, row.period)
            .bind(9, importId_);
        std::vector<std::int64_t> held;
        while (findHeld_.step()) {
            held.push_back(findHeld_.int64(0));
        }
        return held;
    }

    // True when no row with this row's key can be held, so heldRows() need
    // not be asked: the indicator had no values at all before this import, its
    // rows have so far come in one unbroken run (as in every Fingertips export,
    // which is sorted by indicator), and this key is not among the run's keys
    // remembered so far. Otherwise false, and the database is asked, which is
    // always right: every row added so far is in it.
    bool certainlyNew(std::int64_t indicatorId, const IndicatorRow& row) {
        if (indicatorId != runIndicator_) {
            runIndicator_ = indicatorId;
            runKeys_.clear();
            runFresh_ = indicatorsMet_.insert(indicatorId).second && !holdsValues(indicatorId);
        }
        if (!runFresh_) {
            return false;
        }
        if (runKeys_.size() >= KeyHashes::kMaxKeys) {
            // A very long run: stop remembering, to bound memory.
            runFresh_ = false;
            runKeys_.clear();
            return false;
        }
        return runKeys_.insert(keyHash(row));
    }

    bool holdsValues(std::int64_t indicatorId) {
        anyValue_.reset();
        anyValue_.bind(1, indicatorId);
        return anyValue_.step() && anyValue_.int64(0) != 0;
    }

    std::int64_t indicatorFor(const IndicatorRow& row) {
        auto known = cache_.find(row.indicatorCode);
        std::int64_t id = 0;
        if (known != cache_.end()) {
            id = known->second;
        } else {
            findIndicator_.reset();
            findIndicator_.bind(1, row.indicatorCode);
            if (findIndicator_.step()) {
                id = findIndicator_.int64(0);
                auto creator = findIndicator_.optionalInt64(1);
                if (findIndicator_.text(2) == "unknown") {
                    unknownPolarity_.insert(id);
                }
                // An indicator brought by an import that was undone (and can
                // no longer be redone, since a new import clears redo) now
                // belongs to this one.
                if (creator && !isLive(*creator)) {
                    adoptIndicator_.reset();
                    adoptIndicator_.bind(1, importId_).bind(2, id).run();
                    created_.insert(id);
                }
            } else {
                addIndicator_.reset();
                addIndicator_.bind(1, row.indicatorCode)
                    .bind(2, row.indicatorName)
                    .bind(3, row.unit)
                    .bind(4, options_.mapping ? std::string() : std::string("Fingertips"))
                    .bind(5, importId_)
                    .bind(6, std::string("unknown"))
                    .bind(7, indicatorIds_.next());
                addIndicator_.run();
                id = db_.lastInsertId();
                created_.insert(id);
                ++report_.indicatorsCreated;
            }
            cache_.emplace(row.indicatorCode, id);
        }
        if (!row.polarityKey.empty()) {
            explicitPolarity_[id] = row.polarityKey;
        }
        return id;
    }

    bool isLive(std::int64_t importId) {
        auto check = db_.prepare("SELECT active FROM indicator_import WHERE id = ?1");
        check.bind(1, importId);
        return check.step() && check.int64(0) == 1;
    }

    storage::Database& db_;
    const ImportOptions& options_;
    ImportReport& report_;
    std::int64_t importId_;
    storage::Statement findIndicator_;
    storage::Statement adoptIndicator_;
    storage::Statement addIndicator_;
    storage::Statement findHeld_;
    storage::Statement anyValue_;
    storage::Statement replace_;
    storage::Statement insert_;
    // New rows take their ids from this copy's own site (project/Ids.h).
    project::IdAllocator indicatorIds_;
    project::IdAllocator valueIds_;
    std::unordered_map<std::string, std::int64_t> cache_;
    std::set<std::int64_t> created_;
    std::set<std::int64_t> unknownPolarity_;
    std::map<std::int64_t, std::string> explicitPolarity_;
    std::optional<std::string> firstDuplicate_;
    // For certainlyNew(): the indicator of the current run of rows, whether
    // its keys are being remembered, those keys, and every indicator met.
    std::int64_t runIndicator_ = 0;
    bool runFresh_ = false;
    KeyHashes runKeys_;
    std::unordered_set<std::int64_t> indicatorsMet_;
};

} // namespace

Outcome<ImportReport> stageIndicatorImport(const std::string& projectPath,
                                           const std::string& csvPath, const ImportOptions& options,
                                           const ProgressCallback& progress) {
    ImportReport report;
    report.fileName = project::displayName(csvPath);
    const std::string& name = report.fileName;
    if (options.dataAsAt && !quantities::isIsoDate(*options.dataAsAt)) {
        return Error{ErrorKind::Invalid, "The \"data as at\" date must be a date such as "
                                         "2026-04-01; \"" +
                                             *options.dataAsAt + "\" is not one."};
    }
    // A CSV file, or a workbook's first sheet read as its CSV would be.
    std::unique_ptr<std::istream> input;
    std::error_code ec;
    std::uintmax_t totalBytes = 0;
    if (sheets::isWorkbook(csvPath)) {
        auto text = sheets::firstSheetAsCsv(csvPath);
        if (!text.ok()) {
            return text.error();
        }
        totalBytes = text.value().size();
        input = std::make_unique<std::istringstream>(std::move(text.value()));
    } else {
        input = std::make_unique<std::ifstream>(csvPath, std::ios::binary);
        if (!*input) {
            return cannotRead(name);
        }
        totalBytes = std::filesystem::file_size(csvPath, ec);
    }
    util::BackgroundHash hash(csvPath, name); // stored once the rows are in
    csv::CsvReader reader(*input);
    csv::CsvRecord record;
    if (!reader.next(record)) {
        return Error{ErrorKind::Invalid, reader.error().empty()
                                             ? name + " is empty: it has no header row."
                                             : name + ", " + reader.error() + "."};
    }
    auto columns = options.mapping ? mappedColumns(record.fields, *options.mapping, name)
                                   : fingertipsColumns(record.fields, name);
    if (!columns.ok()) {
        return columns.error();
    }
    try {
        storage::Database db(projectPath, storage::OpenMode::ReadWrite);
        storage::Transaction transaction(db);
        auto addImport = db.prepare(
            "INSERT INTO indicator_import (file_name, sha256, format, rows_read, rows_imported, "
            "rows_skipped, rows_already_held, duplicates, parent_comparator, imported_at, "
            "data_as_at, active, id) VALUES (?1, ?2, ?3, 0, 0, 0, 0, ?4, ?5, ?6, ?7, 0, ?8)");
        addImport.bind(1, name)
            .bind(2, "") // set below, once the hash is known
            .bind(3, options.mapping ? "mapped" : "fingertips")
            .bind(4, options.duplicates == DuplicateRule::Replace ? "replace" : "keep")
            .bind(5, columns.value().parentComparator)
            .bind(6, util::nowUtc())
            .bind(7, options.dataAsAt)
            .bind(8, project::newId(db, "indicator_import"));
        addImport.run();
        report.importId = db.lastInsertId();

        Stager stager(db, options, report, report.importId);
        IndicatorRow row;
        while (reader.next(record)) {
            ++report.rowsRead;
            if (progress && report.rowsRead % kProgressEvery == 0 &&
                !progress(ImportProgress{reader.bytesRead(), totalBytes, report.rowsRead})) {
                throw Stop{Error{ErrorKind::Cancelled, "The import of " + name +
                                                           " was cancelled; nothing was "
                                                           "imported."}};
            }
            if (auto problem = readIndicatorRow(record.fields, columns.value(), row)) {
                std::string where =
                    name + ", row " + std::to_string(record.row) +
                    (problem->column.empty() ? std::string()
                                             : ", column \"" + problem->column + "\"");
                if (!options.skipBadRows) {
                    throw Stop{Error{ErrorKind::Invalid,
                                     where + ": " + problem->reason +
                                         ". Nothing was imported. Correct the row, or import "
                                         "again skipping bad rows."}};
                }
                ++report.rowsSkipped;
                if (report.skipped.size() < kMaxSkippedListed) {
                    report.skipped.push_back(
                        SkippedRow{record.row, (problem->column.empty()
                                                    ? std::string()
                                                    : "column \"" + problem->column + "\": ") +
                                                   problem->reason});
                }
                continue;
            }
            if (stager.add(row, record.row)) {
                ++report.rowsImported;
            }
        }
        if (!reader.error().empty()) {
            throw Stop{Error{ErrorKind::Invalid,
                             name + ", " + reader.error() + ". Nothing was imported."}};
        }
        if (options.duplicates == DuplicateRule::Ask && report.rowsAlreadyHeld > 0) {
            throw Stop{Error{ErrorKind::DuplicateRows,
                             std::to_string(report.rowsAlreadyHeld) + " of the rows in " + name +
                                 " are already in the project; the first is " +
                                 *stager.firstDuplicate() +
                                 ". Choose Replace to use the file's values instead, or Keep "
                                 "to keep the ones already held."}};
        }
        if (report.rowsRead == 0) {
            throw Stop{Error{ErrorKind::Invalid, name + " has a header but no rows to import."}};
        }
        stager.settlePolarities(name);
        auto hashed = hash.result();
        if (!hashed.ok()) {
            throw Stop{hashed.error()};
        }
        report.sha256 = hashed.value();
        auto counts = db.prepare("UPDATE indicator_import SET rows_read = ?1, rows_imported = ?2, "
                                 "rows_skipped = ?3, rows_already_held = ?4, sha256 = ?6 "
                                 "WHERE id = ?5");
        counts.bind(1, static_cast<std::int64_t>(report.rowsRead))
            .bind(2, static_cast<std::int64_t>(report.rowsImported))
            .bind(3, static_cast<std::int64_t>(report.rowsSkipped))
            .bind(4, static_cast<std::int64_t>(report.rowsAlreadyHeld))
            .bind(5, report.importId)
            .bind(6, report.sha256)
            .run();
        transaction.commit();
    } catch (const Stop& stop) {
        return stop.error;
    } catch (const storage::StorageError& error) {
        return Error{ErrorKind::Storage,
                     "The import of " + name + " failed and nothing was imported: " +
                         storage::describeStorageFailure(error, project::displayName(projectPath))};
    }
    return report;
}

Status activateImport(project::Project& project, const ImportReport& report) {
    return project.edit("Import " + report.fileName, [&](storage::Database& db) {
        auto activate =
            db.prepare("UPDATE indicator_import SET active = 1 WHERE id = ?1 AND active = 0");
        activate.bind(1, report.importId).run();
        if (db.queryInt64("SELECT changes()") != 1) {
            throw storage::StorageError(1, "the import to make live is missing");
        }
        auto set = db.prepare("UPDATE indicator SET polarity = ?1, polarity_inferred = ?2 "
                              "WHERE id = ?3 AND polarity = 'unknown'");
        for (const auto& existing : report.polaritiesForExisting) {
            set.reset();
            set.bind(1, existing.polarity)
                .bind(2, existing.inferred ? 1 : 0)
                .bind(3, existing.indicatorId)
                .run();
        }
    });
}

Outcome<ImportReport> importIndicators(project::Project& project, const std::string& csvPath,
                                       const ImportOptions& options,
                                       const ProgressCallback& progress) {
    if (project.isReadOnly()) {
        return Error{ErrorKind::ReadOnly, project::displayName(project.path()) +
                                              " is open read-only, so nothing can be imported "
                                              "into it."};
    }
    auto staged = stageIndicatorImport(project.path(), csvPath, options, progress);
    if (!staged.ok()) {
        return staged.error();
    }
    auto live = activateImport(project, staged.value());
    if (!live.ok()) {
        return live.error();
    }
    return staged;
}

} // namespace jointly::needs

#include "FuzzSupport.h"

#include "audit/ChangeHistory.h"
#include "baseline/Baselines.h"
#include "bcf/ExpenditurePlan.h"
#include "calendar/IcsExport.h"
#include "needs/IndicatorExport.h"
#include "needs/NeedsProgress.h"
#include "needs/NeedsWorkings.h"
#include "partnership/PartnershipKinds.h"
#include "procurement/ProcurementKinds.h"
#include "project/Project.h"
#include "project/ProjectLock.h"
#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "report/EvaluationReport.h"
#include "report/ReportChoice.h"
#include "stages/Stage.h"
#include "storage/PageChecksums.h"
#include "storage/StorageError.h"
#include "trace/TraceGaps.h"
#include "trace/TraceMatrix.h"
#include "trace/Traceability.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <unistd.h>

namespace jointly::fuzz {

namespace fs = std::filesystem;

namespace {

// The process's folder, removed when the process exits normally. After a
// crash it is left behind, with the input that caused it still in it.
class WorkFolder {
public:
    WorkFolder() {
        std::string pattern = (fs::temp_directory_path() / "jointly-fuzz-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) {
            std::perror("jointly fuzz: cannot make a temporary folder");
            std::abort();
        }
        path_ = pattern;
    }
    ~WorkFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    WorkFolder(const WorkFolder&) = delete;
    WorkFolder& operator=(const WorkFolder&) = delete;

    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

const WorkFolder& folder() {
    static const WorkFolder instance;
    return instance;
}

// Every field of a stage's records formatted as the tables show it.
void formatRecords(storage::Database& db, const stages::Stage& stage) {
    for (const auto* kind : stage.kinds()) {
        (void)records::countRecords(db, *kind);
        for (const auto& record : records::listRecords(db, *kind)) {
            (void)records::nameOf(*kind, record);
            for (std::size_t i = 0; i < kind->fields.size() && i < record.values.size(); ++i) {
                (void)records::formatValue(kind->fields[i], record.values[i]);
                (void)records::validate(kind->fields[i], record.values[i]);
            }
        }
    }
}

// Runs one part of a reading pass. Each part is tried on its own, so a
// refusal in one still lets the others run.
void guarded(storage::Database& db, Tolerate tolerate,
             const std::function<void(storage::Database&)>& part) {
    try {
        part(db);
    } catch (const storage::StorageError& error) {
        const int code = error.primaryCode();
        const bool corruption =
            code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_IOERR;
        if (tolerate == Tolerate::Corruption && corruption) {
            return; // SQLite refused to read a damaged page: an expected refusal
        }
        std::fprintf(stderr, "jointly fuzz: unexpected storage error %d: %s\n", error.sqliteCode(),
                     error.what());
        std::abort();
    }
}

} // namespace

std::string workFile(const std::string& name) {
    return (folder().path() / name).string();
}

void writeBytes(const std::string& path, const std::uint8_t* data, std::size_t size) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out) {
        std::fprintf(stderr, "jointly fuzz: cannot write %s\n", path.c_str());
        std::abort();
    }
}

void removeProject(const std::string& path) {
    std::error_code ignored;
    for (const auto& file : {path, path + "-journal", path + "-wal", path + "-shm",
                             project::ProjectLock::lockPathFor(path)}) {
        fs::remove(file, ignored);
    }
}

void broken(const char* what) {
    std::fprintf(stderr, "jointly fuzz: %s\n", what);
    std::abort();
}

std::unique_ptr<project::Project> projectWithPartner(const std::string& fileName) {
    const auto path = workFile(fileName);
    removeProject(path);
    auto created = project::Project::create(path, "Fuzzed partnership");
    if (!created.ok()) {
        broken("cannot create the project");
    }
    auto& made = *created.value();
    auto partner = records::addRecord(made, partnership::partnerOrganisation(),
                                      {{"name", std::string("Westshire County Council")}});
    if (!partner.ok() ||
        !records::addRecord(made, partnership::member(),
                            {{"partner_id", partner.value()}, {"name", std::string("Jo")}})
             .ok()) {
        broken("cannot add the partner and its member");
    }
    return std::move(created.value());
}

void readEverything(storage::Database& db, Tolerate tolerate) {
    for (const auto& stage : stages::all()) {
        if (!stage.built()) {
            continue;
        }
        guarded(db, tolerate,
                [&stage](storage::Database& database) { formatRecords(database, stage); });
        guarded(db, tolerate,
                [&stage](storage::Database& database) { (void)stage.progress(database); });
        if (stage.workOut) {
            guarded(db, tolerate,
                    [&stage](storage::Database& database) { (void)stage.workOut(database); });
        }
    }
    // The chains from the evidence to the result: the gaps the navigator
    // lists, the matrix, and the chain of each priority as its window shows it.
    guarded(db, tolerate, [](storage::Database& database) {
        (void)trace::findGaps(database);
        (void)trace::traceMatrix(database);
        const auto graph = trace::traceGraph(database);
        trace::RecordWords words(database, graph);
        std::set<trace::RecordRef> traced;
        for (const auto& link : graph.links) {
            if (link.from.table == "priority" && traced.insert(link.from).second) {
                (void)trace::traceRecord(words, graph, link.from);
            }
        }
    });
    // Each baseline, read and compared with the plan now, as 'jointly compare'.
    guarded(db, tolerate, [](storage::Database& database) {
        for (const auto& kept : baseline::listBaselines(database)) {
            (void)baseline::compareWithPlanNow(database, std::to_string(kept.id));
        }
    });
    // The calendar of the partnership's dates, as File > Export the calendar
    // writes it.
    guarded(db, tolerate, [](storage::Database& database) {
        (void)calendar::calendarText(database, "2026-12-03T09:30:00Z");
    });
    // Every report for a board, as File > Write a report makes them: the
    // plan, the monitoring report, each procurement's evaluation and its
    // bidders' summaries.
    guarded(db, tolerate, [](storage::Database& database) {
        report::ReportRequest request;
        request.generatedOn = "3 December 2026";
        request.today = "2026-12-03";
        (void)report::makeReport(database, request);
        request.kind = report::ReportKind::Monitoring;
        (void)report::makeReport(database, request);
        request.kind = report::ReportKind::Evaluation;
        for (const auto& [id, name] : records::linkChoices(database, procurement::procurement())) {
            request.procurementId = id;
            (void)report::makeReport(database, request);
            (void)report::bidderSummaries(database, id, request.generatedOn);
        }
    });
    // Each year's Better Care Fund plan with its checks, as `jointly
    // export-bcf` reads it.
    guarded(db, tolerate, [](storage::Database& database) {
        for (const auto& list : bcf::codeLists()) {
            (void)bcf::loadExpenditurePlan(database, list.year);
        }
    });
    // The change history, every edit put into words, as the window lists it.
    guarded(db, tolerate, [](storage::Database& database) {
        for (const auto& entry : audit::loadHistory(database, {})) {
            for (const auto& change : entry.records) {
                (void)audit::describe(change);
            }
        }
    });
}

void readIndicators(storage::Database& db, Tolerate tolerate) {
    guarded(db, tolerate, [](storage::Database& database) { (void)needs::workOutNeeds(database); });
    guarded(db, tolerate, [](storage::Database& database) {
        (void)needs::needsProgress(database);
        static const std::string exported = workFile("Exported.csv");
        (void)needs::exportIndicators(database, exported);
    });
}

void recomputeChecksums(std::string& bytes) {
    if (bytes.size() < 100 || static_cast<unsigned char>(bytes[20]) != storage::kChecksumBytes) {
        return;
    }
    std::size_t pageSize = (std::size_t{static_cast<unsigned char>(bytes[16])} << 8) |
                           static_cast<unsigned char>(bytes[17]);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0) {
        return;
    }
    for (std::size_t start = 0; start + pageSize <= bytes.size(); start += pageSize) {
        auto* page = reinterpret_cast<unsigned char*>(bytes.data() + start);
        const auto sum = storage::pageChecksum(page, pageSize, start / pageSize + 1);
        for (std::size_t i = 0; i < 8; ++i) {
            page[pageSize - 8 + i] = static_cast<unsigned char>((sum >> (8 * i)) & 0xFF);
        }
    }
}

} // namespace jointly::fuzz

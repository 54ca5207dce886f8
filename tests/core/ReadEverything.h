#pragma once

#include "audit/ChangeHistory.h"
#include "baseline/Baselines.h"
#include "bcf/ExpenditurePlan.h"
#include "calendar/IcsExport.h"
#include "procurement/ProcurementKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "report/EvaluationReport.h"
#include "report/ReportChoice.h"
#include "stages/Stage.h"
#include "storage/StorageError.h"
#include "trace/TraceGaps.h"
#include "trace/TraceMatrix.h"
#include "trace/Traceability.h"

#include <cstdint>
#include <set>

namespace jointly::testing {

// Everything a user could look at in a project, read the way the window and
// the commands read it, stage by stage from the stage registry: every record
// of every kind, each stage's completeness, and everything the stage works
// out from its records (judged indicator values, the terms of reference,
// appraisals ranked, the budget reconciled with its risk shares, the PBMA
// what-ifs), the change history put into words, and the chains from the
// evidence to the result: every priority's and KPI's, the gaps and the
// traceability matrix, each baseline compared with the plan now, and the
// calendar of its dates, every report for a board and each year's Better
// Care Fund plan. Returns how many
// things were read. Reading a damaged page may
// fail with a StorageError, which the window shows as a message; anything
// else (a crash, a hang, another exception, undefined behaviour under the
// sanitizers) fails the test that calls this.
inline std::int64_t readEverything(project::Project& project) {
    auto& db = project.database();
    std::int64_t read = 0;
    try {
        for (const auto& stage : stages::all()) {
            if (!stage.built()) {
                continue;
            }
            for (const auto* kind : stage.kinds()) {
                for (const auto& record : records::listRecords(db, *kind)) {
                    (void)records::nameOf(*kind, record);
                    ++read;
                }
            }
            read += stage.progress(db).total;
            if (stage.workOut) {
                read += stage.workOut(db);
            }
        }
        audit::HistoryFilter everything;
        everything.limit = 1'000'000;
        for (const auto& entry : audit::loadHistory(db, everything)) {
            for (const auto& change : entry.records) {
                read += static_cast<std::int64_t>(audit::describe(change).size());
            }
            ++read;
        }
        read += static_cast<std::int64_t>(trace::findGaps(db).size());
        read += static_cast<std::int64_t>(trace::traceMatrix(db).rows.size());
        const auto graph = trace::traceGraph(db);
        trace::RecordWords words(db, graph);
        std::set<trace::RecordRef> traced;
        for (const auto& link : graph.links) {
            if ((link.from.table == "priority" || link.from.table == "kpi") &&
                traced.insert(link.from).second) {
                const auto chain = trace::traceRecord(words, graph, link.from);
                read += chain.ok() ? static_cast<std::int64_t>(chain.value().ledTo.size()) : 0;
            }
        }
        // Each baseline read back and compared with the plan now.
        for (const auto& kept : baseline::listBaselines(db)) {
            const auto compared = baseline::compareWithPlanNow(db, std::to_string(kept.id));
            if (compared.ok()) {
                read += static_cast<std::int64_t>(compared.value().items.size());
            }
            ++read;
        }
        // The calendar of the partnership's dates.
        read += static_cast<std::int64_t>(
            calendar::calendarText(db, "2026-12-03T09:30:00Z").size() > 0);
        // Every report for a board: the plan, the monitoring report, each
        // procurement's evaluation and its bidders' summaries.
        report::ReportRequest request;
        request.generatedOn = "3 December 2026";
        request.today = "2026-12-03";
        read += report::makeReport(db, request).ok() ? 1 : 0;
        request.kind = report::ReportKind::Monitoring;
        read += report::makeReport(db, request).ok() ? 1 : 0;
        request.kind = report::ReportKind::Evaluation;
        for (const auto& [id, name] : records::linkChoices(db, procurement::procurement())) {
            request.procurementId = id;
            read += report::makeReport(db, request).ok() ? 1 : 0;
            read += report::bidderSummaries(db, id, request.generatedOn).ok() ? 1 : 0;
        }
        // Each year's Better Care Fund plan with its checks.
        for (const auto& list : bcf::codeLists()) {
            read += bcf::loadExpenditurePlan(db, list.year).ok() ? 1 : 0;
        }
    } catch (const storage::StorageError&) {
    }
    return read;
}

} // namespace jointly::testing

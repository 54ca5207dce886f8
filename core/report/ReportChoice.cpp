#include "report/ReportChoice.h"

#include "procurement/ProcurementKinds.h"
#include "records/RecordFinder.h"
#include "records/RecordStore.h"
#include "report/EvaluationReport.h"
#include "report/MonitoringReport.h"

namespace jointly::report {

std::optional<ReportKind> reportKindOf(std::string_view key) {
    if (key == "plan") {
        return ReportKind::Plan;
    }
    if (key == "evaluation") {
        return ReportKind::Evaluation;
    }
    if (key == "monitoring") {
        return ReportKind::Monitoring;
    }
    return std::nullopt;
}

Outcome<Report> makeReport(storage::Database& db, const ReportRequest& request,
                           const ReportProgress& progress) {
    switch (request.kind) {
    case ReportKind::Plan:
        return commissioningPlanReport(db, {request.sections, request.generatedOn, request.today},
                                       progress);
    case ReportKind::Evaluation:
        return tenderEvaluationReport(db, request.procurementId, request.generatedOn, progress);
    case ReportKind::Monitoring:
        break;
    }
    return monitoringReport(db, {request.generatedOn, request.today}, progress);
}

Outcome<std::int64_t> procurementForReport(storage::Database& db,
                                           const std::optional<std::string>& name) {
    const auto& kind = procurement::procurement();
    if (name) {
        return records::findRecord(db, kind, *name);
    }
    const auto all = records::linkChoices(db, kind);
    if (all.size() == 1) {
        return all.front().first;
    }
    if (all.empty()) {
        return Error{ErrorKind::NotFound,
                     "There are no procurements yet, so there is no evaluation to report."};
    }
    std::string names;
    for (std::size_t i = 0; i < all.size() && i < 12; ++i) {
        names += (i == 0 ? "\u201c" : ", \u201c") + all[i].second + "\u201d";
    }
    return Error{ErrorKind::Invalid, "Say which procurement's evaluation to report with "
                                     "--procurement NAME: there are " +
                                         std::to_string(all.size()) + " (" + names + ")."};
}

} // namespace jointly::report

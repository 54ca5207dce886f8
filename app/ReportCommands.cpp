#include "ReportCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "project/Project.h"
#include "report/EvaluationReport.h"
#include "report/ReportChoice.h"
#include "ui/documents/DocumentDate.h"
#include "ui/documents/ReportWriting.h"

namespace jointly::app {

namespace {

int written(const Invocation& call, const QString& problem, const std::string& path) {
    if (!problem.isEmpty()) {
        call.err << "jointly: " << problem.toStdString() << "\n";
        return problem.contains(QStringLiteral("does not end in")) ? kUsage : kFailed;
    }
    call.out << "Wrote " << path << "\n";
    return kOk;
}

} // namespace

int reportCommand(const Invocation& call) {
    const auto kind = report::reportKindOf(call.positional[1]);
    if (!kind) {
        return usage(call.err,
                     "\u201c" + call.positional[1] +
                         "\u201d is not a report: write plan, evaluation or monitoring.",
                     call.verb);
    }
    report::ReportRequest request;
    request.kind = *kind;
    if (const auto keys = call.value("--sections")) {
        if (*kind != report::ReportKind::Plan) {
            return usage(call.err, "--sections chooses the sections of the plan only.", call.verb);
        }
        const auto sections = report::planSectionsOf(*keys);
        if (!sections.ok()) {
            return usage(call.err, sections.error().message, call.verb);
        }
        request.sections = sections.value();
    }
    if (call.value("--procurement") && *kind != report::ReportKind::Evaluation) {
        return usage(call.err, "--procurement is for the evaluation report only.", call.verb);
    }
    const auto today = asAtDate(call);
    if (!today.ok()) {
        return fail(call.err, today.error());
    }
    request.today = today.value();
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    int argc = call.argc;
    DocumentContext context(argc, call.argv);
    request.generatedOn = ui::todayForDocuments().toStdString();
    if (*kind == report::ReportKind::Evaluation) {
        const auto id = project.guarded<Outcome<std::int64_t>>([&] {
            return report::procurementForReport(project.database(), call.value("--procurement"));
        });
        if (!id.ok()) {
            return fail(call.err, id.error());
        }
        request.procurementId = id.value();
    }
    const auto made = project.guarded<Outcome<report::Report>>(
        [&] { return report::makeReport(project.database(), request); });
    if (!made.ok()) {
        return fail(call.err, made.error());
    }
    const auto& out = call.positional[2];
    const int code = written(call, ui::writeReport(made.value(), QString::fromStdString(out)), out);
    if (code != kOk || *kind != report::ReportKind::Evaluation) {
        return code;
    }
    // Each bidder's summary beside the report: "Award – Home care.pdf".
    const auto summaries = project.guarded<Outcome<std::vector<report::BidderSummary>>>([&] {
        return report::bidderSummaries(project.database(), request.procurementId,
                                       request.generatedOn);
    });
    if (!summaries.ok()) {
        return fail(call.err, summaries.error());
    }
    for (const auto& summary : summaries.value()) {
        const auto path = report::bidderSummaryPath(out, summary.bid);
        const int each =
            written(call, ui::writeReport(summary.report, QString::fromStdString(path)), path);
        if (each != kOk) {
            return each;
        }
    }
    return kOk;
}

} // namespace jointly::app

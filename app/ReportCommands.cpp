#include "ReportCommands.h"

#include "CommandLine.h"
#include "CommandSupport.h"
#include "project/Project.h"
#include "report/EvaluationReport.h"
#include "report/ReportChoice.h"
#include "ui/documents/DocumentDate.h"
#include "ui/documents/DocumentExporter.h"
#include "ui/documents/ReportWriting.h"

namespace jointly::app {

namespace {

int written(const Invocation& call, const QString& problem, const std::string& path) {
    if (!problem.isEmpty()) {
        call.err << "jointly: " << problem.toStdString() << "\n";
        return kFailed;
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
    const auto out = call.positional[2];
    if (!ui::isDocumentPath(QString::fromStdString(out))) {
        return usage(call.err, ui::documentPathProblem(QString::fromStdString(out)).toStdString(),
                     call.verb);
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
    QStringList written;
    const auto done =
        ui::writeBidderSummaries(summaries.value(), QString::fromStdString(out), written);
    for (const auto& path : written) {
        call.out << "Wrote " << path.toStdString() << "\n";
    }
    if (!done.ok()) {
        return fail(call.err, done.error());
    }
    return kOk;
}

} // namespace jointly::app

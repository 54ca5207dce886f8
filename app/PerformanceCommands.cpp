#include "PerformanceCommands.h"

#include "CommandSupport.h"
#include "KpiJson.h"
#include "monitoring/ContractPerformance.h"
#include "monitoring/DashboardReport.h"
#include "procurement/ContractKinds.h"
#include "project/Project.h"
#include "quantities/FinancialYear.h"
#include "records/RecordFinder.h"
#include "ui/documents/DocumentExporter.h"

#include <nlohmann/json.hpp>

namespace jointly::app {

namespace {

using Json = nlohmann::ordered_json;
using namespace monitoring;

Json textOrNull(const std::string& text) {
    return text.empty() ? Json(nullptr) : Json(text);
}

Json noticeJson(const PerformanceNotice& notice) {
    Json milestones = Json::array();
    for (const auto& step : notice.milestones) {
        milestones.push_back({{"id", step.id},
                              {"milestone", step.name},
                              {"due_on", textOrNull(step.dueOn)},
                              {"state", std::string(deliveryKey(step.state))},
                              {"text", step.sentence}});
    }
    return {{"id", notice.id},
            {"kpi", textOrNull(notice.kpi)},
            {"issued_on", textOrNull(notice.issuedOn)},
            {"not_met", notice.requirement},
            {"what_follows", notice.description},
            {"status", notice.status},
            {"status_text", notice.statusWords},
            {"withheld_pence", notice.withheldPence ? Json(*notice.withheldPence) : Json(nullptr)},
            {"closed_on", textOrNull(notice.closedOn)},
            {"milestones", milestones}};
}

Json assessmentJson(const ContractAssessment& assessment) {
    Json ratings = Json::array();
    for (const auto& entry : assessment.ratings) {
        ratings.push_back({{"kpi_id", entry.kpiId},
                           {"kpi", entry.kpi},
                           {"rating", std::string(ratingKey(entry.rating))},
                           {"rating_text", std::string(ratingWords(entry.rating))},
                           {"ocds_classification", std::string(ratingClassification(entry.rating))},
                           {"explanation", entry.explanation}});
    }
    return {{"id", assessment.id},
            {"year", assessment.yearText},
            {"assessed_on", textOrNull(assessment.assessedOn)},
            {"summary", assessment.summary},
            {"ratings", ratings}};
}

Json performanceJson(const ContractPerformance& contract) {
    Json kpis = Json::array();
    for (const auto& kpi : contract.kpis) {
        kpis.push_back(statusJson(kpi));
    }
    Json notices = Json::array();
    for (const auto& notice : contract.notices) {
        notices.push_back(noticeJson(notice));
    }
    Json assessments = Json::array();
    for (const auto& assessment : contract.assessments) {
        assessments.push_back(assessmentJson(assessment));
    }
    return {{"id", contract.contractId},
            {"contract", contract.name},
            {"provider", textOrNull(contract.provider)},
            {"text", contract.sentence},
            {"red", contract.red},
            {"breaches", contract.breaches},
            {"open_notices", contract.openNotices},
            {"overdue_milestones", contract.overdueMilestones},
            {"kpis", kpis},
            {"notices", notices},
            {"assessments", assessments}};
}

} // namespace

int performanceCommand(const Invocation& call) {
    const auto date = asAtDate(call);
    if (!date.ok()) {
        return fail(call.err, date.error());
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    const auto named = call.value("--contract");
    auto contracts = project.guarded<Outcome<std::vector<ContractPerformance>>>(
        [&]() -> Outcome<std::vector<ContractPerformance>> {
            std::optional<std::int64_t> only;
            if (named) {
                auto found =
                    records::findRecord(project.database(), procurement::contract(), *named);
                if (!found.ok()) {
                    return found.error();
                }
                only = found.value();
            }
            auto all = contractPerformance(project.database(), date.value());
            if (only) {
                std::erase_if(all, [&](const auto& c) { return c.contractId != *only; });
            }
            return all;
        });
    if (!contracts.ok()) {
        return fail(call.err, contracts.error());
    }
    Json json;
    json["as_at"] = date.value();
    Json list = Json::array();
    for (const auto& contract : contracts.value()) {
        list.push_back(performanceJson(contract));
    }
    json["contracts"] = std::move(list);
    call.out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    return kOk;
}

int assessCommand(const Invocation& call) {
    const auto date = asAtDate(call);
    if (!date.ok()) {
        return fail(call.err, date.error());
    }
    const auto year = quantities::parseFinancialYear(call.positional[2]);
    if (!year.ok()) {
        return fail(call.err, year.error());
    }
    const bool preview = call.flag("--preview");
    auto opened = preview ? openForReading(call.positional[0]) : openForEditing(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto contract = project.guarded<Outcome<std::int64_t>>([&]() -> Outcome<std::int64_t> {
        return records::findRecord(project.database(), procurement::contract(), call.positional[1]);
    });
    if (!contract.ok()) {
        return fail(call.err, contract.error());
    }
    const auto startYear = year.value().startYear;
    auto done = preview
                    ? project.guarded<Outcome<AssessmentPlan>>([&]() -> Outcome<AssessmentPlan> {
                          return suggestAssessment(project.database(), contract.value(), startYear);
                      })
                    : recordAssessment(project, contract.value(), startYear, date.value());
    if (!done.ok()) {
        return fail(call.err, done.error());
    }
    const auto& plan = done.value();
    call.out << (preview ? "Not recorded (a preview). The figures suggest " : "Assessed ")
             << "\u201c" << plan.contract << "\u201d for " << plan.summary << "\n";
    for (const auto& rating : plan.ratings) {
        call.out << "  " << rating.kpi << ": " << ratingWords(rating.rating) << ". "
                 << rating.explanation << "\n";
    }
    return kOk;
}

int dashboardCommand(const Invocation& call) {
    const auto date = asAtDate(call);
    if (!date.ok()) {
        return fail(call.err, date.error());
    }
    auto opened = openForReading(call.positional[0]);
    if (!opened.ok()) {
        return fail(call.err, opened.error());
    }
    auto& project = *opened.value();
    auto html = project.guarded<Outcome<std::string>>(
        [&]() -> Outcome<std::string> { return dashboardHtml(project.database(), date.value()); });
    if (!html.ok()) {
        return fail(call.err, html.error());
    }
    int argc = call.argc;
    DocumentContext context(argc, call.argv);
    const QString problem = ui::exportDocument(QString::fromStdString(html.value()),
                                               QString::fromStdString(call.positional[1]));
    if (!problem.isEmpty()) {
        call.err << "jointly: " << problem.toStdString() << "\n";
        return ui::isDocumentPath(QString::fromStdString(call.positional[1])) ? kFailed : kUsage;
    }
    call.out << "Wrote " << call.positional[1] << "\n";
    return kOk;
}

} // namespace jointly::app

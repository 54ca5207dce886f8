#include "procurement/OcdsSections.h"

#include "quantities/CalendarDate.h"

#include <algorithm>

namespace jointly::procurement::ocds {

namespace {

// A notice step: the section of the release it belongs to, its OCDS
// document type and, for the Act's notices, the UK extension's notice type.
struct Notice {
    std::string_view step;
    std::string_view section;
    std::string_view documentType;
    std::string_view noticeType;
};

constexpr Notice kNotices[] = {
    {"uk2", "planning", "marketEngagementNotice", "UK2"},
    {"uk3", "planning", "plannedProcurementNotice", "UK3"},
    {"uk4", "tender", "tenderNotice", "UK4"},
    {"uk5", "tender", "tenderNotice", "UK5"},
    {"psr_contract_notice", "tender", "tenderNotice", ""},
    {"uk6", "award", "awardNotice", "UK6"},
    {"psr_intention", "award", "awardNotice", ""},
    {"uk7", "contract", "contractNotice", "UK7"},
    {"psr_award_notice", "contract", "contractNotice", ""},
};

} // namespace

Json money(std::int64_t pence) {
    Json value = Json::object();
    value["amount"] = util::exactNumber(pence, 2);
    value["currency"] = "GBP";
    return value;
}

std::optional<std::string> dateTime(std::string_view isoDate, bool endOfDay) {
    if (!quantities::isIsoDate(isoDate)) {
        return std::nullopt;
    }
    return std::string(isoDate) + (endOfDay ? "T23:59:59Z" : "T00:00:00Z");
}

void putText(Json& object, std::string_view key, std::string_view text) {
    if (!text.empty()) {
        object[std::string(key)] = std::string(text);
    }
}

void putDate(Json& object, std::string_view key, std::string_view isoDate, bool endOfDay) {
    if (auto when = dateTime(isoDate, endOfDay)) {
        object[std::string(key)] = *when;
    }
}

Json reference(const OcdsOrganisation& organisation) {
    Json party = Json::object();
    party["id"] = organisation.partyId;
    putText(party, "name", organisation.name);
    return party;
}

const OcdsMilestone* milestoneOf(const OcdsProcess& process,
                                 std::initializer_list<std::string_view> steps) {
    for (const auto& milestone : process.milestones) {
        if (std::find(steps.begin(), steps.end(), milestone.step) != steps.end()) {
            return &milestone;
        }
    }
    return nullptr;
}

namespace {

std::optional<Json> noticeDocument(const OcdsMilestone& milestone, std::string_view section) {
    const auto* notice = std::find_if(std::begin(kNotices), std::end(kNotices),
                                      [&](const Notice& n) { return n.step == milestone.step; });
    if (notice == std::end(kNotices) || notice->section != section || !milestone.done) {
        return std::nullopt;
    }
    Json document = Json::object();
    document["id"] = "notice-" + std::to_string(milestone.id);
    document["documentType"] = std::string(notice->documentType);
    putText(document, "title", milestone.name);
    putDate(document, "datePublished", milestone.dueOn);
    putText(document, "noticeType", notice->noticeType);
    return document;
}

} // namespace

void putNotices(Json& object, const OcdsProcess& process, std::string_view section) {
    Json documents = Json::array();
    for (const auto& step : process.milestones) {
        if (auto notice = noticeDocument(step, section)) {
            documents.push_back(std::move(*notice));
        }
    }
    if (!documents.empty()) {
        object["documents"] = std::move(documents);
    }
}

std::string tenderStatus(const OcdsProcess& process) {
    if (!process.contracts.empty()) {
        return "complete";
    }
    for (const auto& milestone : process.milestones) {
        if (milestone.done &&
            (milestone.step == "uk4" || milestone.step == "uk5" ||
             milestone.step == "psr_contract_notice" || milestone.step == "invitation" ||
             milestone.step == "psr_intention" || milestone.step == "uk6")) {
            return "active";
        }
    }
    return "planned";
}

} // namespace jointly::procurement::ocds

#include "calendar/CalendarEvents.h"

#include "procurement/ContractRegister.h"
#include "procurement/ProcurementKinds.h"
#include "project/ProjectIdentity.h"
#include "quantities/WorkingDays.h"
#include "records/FieldInput.h"
#include "records/RecordKind.h"
#include "storage/Database.h"

#include <algorithm>

namespace jointly::calendar {

namespace {

bool isRealDate(const std::string& date) {
    const auto day = quantities::dayNumberOfDate(date);
    return day.has_value() && quantities::dateOfDayNumber(*day) == date;
}

// The first line of a text, for a summary.
std::string firstLine(const std::string& text) {
    const auto end = text.find_first_of("\r\n");
    return end == std::string::npos ? text : text.substr(0, end);
}

std::string orUnnamed(const std::string& name, const std::string& what) {
    return name.empty() ? "unnamed " + what : name;
}

class Collector {
public:
    explicit Collector(storage::Database& db) : db_(db), identity_(project::projectIdentity(db)) {
        if (identity_.empty()) {
            identity_ = "no-identity";
        }
    }

    void add(const std::string& what, std::int64_t id, const std::string& which,
             const std::string& date, std::string summary, std::string details,
             const std::string& category, std::string place = {}) {
        if (!isRealDate(date)) {
            return;
        }
        CalendarEvent event;
        event.uid = what + "-" + std::to_string(id) + (which.empty() ? "" : "-" + which) + "@" +
                    identity_ + ".jointly";
        event.date = date;
        event.summary = std::move(summary);
        event.details = std::move(details);
        event.category = category;
        event.place = std::move(place);
        events_.push_back(std::move(event));
    }

    storage::Database& db() { return db_; }
    std::vector<CalendarEvent> take() { return std::move(events_); }

private:
    storage::Database& db_;
    std::string identity_;
    std::vector<CalendarEvent> events_;
};

void partnershipDates(Collector& c) {
    auto read = c.db().prepare("SELECT name, agreement_review_on FROM partnership WHERE id = 1 "
                               "AND agreement_review_on IS NOT NULL");
    if (read.step()) {
        c.add("partnership", 1, "agreement-review", read.text(1),
              "Review the partnership agreement",
              "The agreement of " + read.text(0) + " is due for review.", "Partnership");
    }
}

void planDates(Collector& c) {
    auto actions = c.db().prepare(
        "SELECT a.id, a.description, a.milestone, a.due_on, a.status, "
        "coalesce(p.name, ''), coalesce(m.name, '') FROM plan_action a LEFT JOIN priority p ON "
        "p.id = a.priority_id LEFT JOIN member m ON m.id = a.owner_member_id WHERE a.due_on IS "
        "NOT NULL AND a.status <> 'cancelled'");
    while (actions.step()) {
        const bool milestone = actions.int64(2) != 0;
        std::string details;
        if (!actions.text(5).empty()) {
            details += "Priority: " + actions.text(5) + ". ";
        }
        if (!actions.text(6).empty()) {
            details += "Owner: " + actions.text(6) + ". ";
        }
        details += actions.text(4) == "done" ? "Done." : "";
        c.add("plan-action", actions.int64(0), "", actions.text(3),
              std::string(milestone ? "Milestone: " : "Action due: ") +
                  orUnnamed(firstLine(actions.text(1)), "action"),
              details, "Plan");
    }
    auto documents = c.db().prepare(
        "SELECT id, title, next_refresh_on FROM plan_document WHERE next_refresh_on IS NOT NULL");
    while (documents.step()) {
        c.add("plan-document", documents.int64(0), "refresh", documents.text(2),
              "Refresh the plan: " + orUnnamed(documents.text(1), "plan"), "", "Plan");
    }
}

void procurementDates(Collector& c) {
    const auto& kind = procurement::milestone();
    const records::FieldSpec* step = nullptr;
    for (const auto& field : kind.fields) {
        if (field.column == "step") {
            step = &field;
        }
    }
    auto milestones = c.db().prepare(
        "SELECT m.id, m.step, m.name, m.due_on, m.done, coalesce(p.name, '') FROM "
        "procurement_milestone m JOIN procurement p ON p.id = m.procurement_id WHERE m.due_on "
        "IS NOT NULL");
    while (milestones.step()) {
        auto name = milestones.text(2);
        if (name.empty() && step != nullptr) {
            name = std::string(records::choiceLabel(*step, milestones.text(1)));
        }
        c.add("procurement-milestone", milestones.int64(0), "", milestones.text(3),
              orUnnamed(name, "milestone") + ": " + orUnnamed(milestones.text(5), "procurement"),
              milestones.int64(4) != 0 ? "Done." : "", "Procure");
    }
    auto contracts = c.db().prepare(
        "SELECT id, name, ends_on, extension_decision_on, notice_months FROM contract");
    while (contracts.step()) {
        const auto name = orUnnamed(contracts.text(1), "contract");
        const auto endsOn = contracts.isNull(2) ? std::string() : contracts.text(2);
        if (!endsOn.empty()) {
            c.add("contract", contracts.int64(0), "end", endsOn, "Contract ends: " + name, "",
                  "Procure");
        }
        if (!contracts.isNull(3)) {
            c.add("contract", contracts.int64(0), "extension-decision", contracts.text(3),
                  "Decide on extending: " + name, "", "Procure");
        }
        if (!endsOn.empty() && !contracts.isNull(4)) {
            const auto months = contracts.int64(4);
            c.add("contract", contracts.int64(0), "notice", procurement::addMonths(endsOn, -months),
                  "Last day to give notice: " + name,
                  "The contract ends on " + endsOn + " and needs " + std::to_string(months) +
                      (months == 1 ? " month's" : " months'") + " notice.",
                  "Procure");
        }
    }
}

void monitoringDates(Collector& c) {
    auto remedial = c.db().prepare(
        "SELECT r.id, r.description, r.due_on, r.done_on, coalesce(k.name, '') FROM "
        "remedial_milestone r JOIN performance_notice n ON n.id = r.notice_id LEFT JOIN contract "
        "k ON k.id = n.contract_id WHERE r.due_on IS NOT NULL");
    while (remedial.step()) {
        c.add("remedial-milestone", remedial.int64(0), "", remedial.text(2),
              "Remedial milestone due: " + orUnnamed(firstLine(remedial.text(1)), "milestone"),
              (remedial.text(4).empty() ? "" : "Contract: " + remedial.text(4) + ". ") +
                  (remedial.isNull(3) ? "" : "Done on " + remedial.text(3) + "."),
              "Monitor");
    }
}

void workshopDates(Collector& c) {
    if (!c.db().tableExists("workshop")) {
        return;
    }
    auto workshops = c.db().prepare(
        "SELECT id, name, held_on, venue, purpose FROM workshop WHERE held_on IS NOT NULL");
    while (workshops.step()) {
        c.add("workshop", workshops.int64(0), "", workshops.text(2),
              "Workshop: " + orUnnamed(workshops.text(1), "workshop"), workshops.text(4),
              "Workshop", workshops.text(3));
    }
}

} // namespace

std::vector<CalendarEvent> calendarEvents(storage::Database& db) {
    Collector collector(db);
    partnershipDates(collector);
    planDates(collector);
    procurementDates(collector);
    monitoringDates(collector);
    workshopDates(collector);
    auto events = collector.take();
    std::stable_sort(events.begin(), events.end(),
                     [](const CalendarEvent& a, const CalendarEvent& b) {
                         return a.date != b.date ? a.date < b.date : a.summary < b.summary;
                     });
    return events;
}

} // namespace jointly::calendar

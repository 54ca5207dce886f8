#include "monitoring/Delivery.h"

#include "quantities/WorkingDays.h"
#include "storage/Database.h"
#include "util/Text.h"

#include <algorithm>

namespace jointly::monitoring {

namespace {

std::string days(long count) {
    return std::to_string(count) + (count == 1 ? " day" : " days");
}

} // namespace

void judgeDelivery(DeliveryItem& item, bool done, std::string_view today, int soonDays) {
    const auto what = item.kind == "remedial" ? std::string("remedial milestone") : item.kind;
    const auto name = util::curlyQuoted(item.name.empty() ? "unnamed " + what : item.name);
    const auto due = quantities::dayNumberOfDate(item.dueOn);
    const auto now = quantities::dayNumberOfDate(today);
    if (done) {
        item.state = DeliveryState::Done;
        item.sentence = "Done: " + name + ".";
        return;
    }
    if (!due || !now) {
        item.state = DeliveryState::NotDated;
        item.sentence = "Not dated: " + name + " has no due date yet.";
        return;
    }
    item.daysAway = *due - *now;
    const auto when = quantities::dateInWords(item.dueOn);
    if (item.daysAway < 0) {
        item.state = DeliveryState::Overdue;
        item.sentence =
            "Overdue: " + name + " was due on " + when + ", " + days(-item.daysAway) + " ago.";
    } else if (item.daysAway <= soonDays) {
        item.state = DeliveryState::DueSoon;
        item.sentence = "Due soon: " + name + " is due on " + when +
                        (item.daysAway == 0 ? ", today." : ", in " + days(item.daysAway) + ".");
    } else {
        item.state = DeliveryState::Later;
        item.sentence = "Due later: " + name + " is due on " + when + ".";
    }
}

std::string_view deliveryKey(DeliveryState state) {
    switch (state) {
    case DeliveryState::Overdue:
        return "overdue";
    case DeliveryState::DueSoon:
        return "due_soon";
    case DeliveryState::Later:
        return "later";
    case DeliveryState::NotDated:
        return "not_dated";
    case DeliveryState::Done:
        break;
    }
    return "done";
}

std::string_view deliveryWords(DeliveryState state) {
    switch (state) {
    case DeliveryState::Overdue:
        return "Overdue";
    case DeliveryState::DueSoon:
        return "Due soon";
    case DeliveryState::Later:
        return "Due later";
    case DeliveryState::NotDated:
        return "Not dated";
    case DeliveryState::Done:
        break;
    }
    return "Done";
}

Delivery deliveryAsAt(storage::Database& db, std::string_view today, int soonDays) {
    Delivery delivery;
    auto actions = db.prepare(
        "SELECT a.id, a.description, coalesce(p.title, ''), coalesce(a.due_on, ''), a.status "
        "FROM plan_action a LEFT JOIN plan_document p ON p.id = a.plan_document_id WHERE "
        "a.status <> 'cancelled' ORDER BY a.id");
    while (actions.step()) {
        DeliveryItem item;
        item.kind = "action";
        item.id = actions.int64(0);
        item.name = actions.text(1);
        item.from = actions.text(2);
        item.dueOn = actions.text(3);
        judgeDelivery(item, actions.text(4) == "done", today, soonDays);
        delivery.items.push_back(std::move(item));
    }
    auto milestones = db.prepare(
        "SELECT m.id, CASE WHEN trim(m.name) = '' THEN m.step ELSE m.name END, "
        "coalesce(p.name, ''), coalesce(m.due_on, ''), m.done FROM procurement_milestone m JOIN "
        "procurement p ON p.id = m.procurement_id ORDER BY m.id");
    while (milestones.step()) {
        DeliveryItem item;
        item.kind = "milestone";
        item.id = milestones.int64(0);
        item.name = milestones.text(1);
        item.from = milestones.text(2);
        item.dueOn = milestones.text(3);
        judgeDelivery(item, milestones.int64(4) != 0, today, soonDays);
        delivery.items.push_back(std::move(item));
    }
    auto remedial = db.prepare(
        "SELECT r.id, r.description, coalesce(c.name, ''), coalesce(r.due_on, ''), r.done_on IS "
        "NOT NULL AND r.done_on <> '' FROM remedial_milestone r JOIN performance_notice n ON n.id "
        "= r.notice_id JOIN contract c ON c.id = n.contract_id WHERE n.status NOT IN "
        "('withdrawn', 'remedied') ORDER BY r.id");
    while (remedial.step()) {
        DeliveryItem item;
        item.kind = "remedial";
        item.id = remedial.int64(0);
        item.name = remedial.text(1);
        item.from = remedial.text(2); // the contract
        item.dueOn = remedial.text(3);
        judgeDelivery(item, remedial.int64(4) != 0, today, soonDays);
        delivery.items.push_back(std::move(item));
    }
    std::stable_sort(delivery.items.begin(), delivery.items.end(),
                     [](const DeliveryItem& a, const DeliveryItem& b) {
                         if (a.state != b.state) {
                             return a.state < b.state;
                         }
                         return a.dueOn < b.dueOn;
                     });
    for (const auto& item : delivery.items) {
        delivery.overdue += item.state == DeliveryState::Overdue;
        delivery.dueSoon += item.state == DeliveryState::DueSoon;
        delivery.done += item.state == DeliveryState::Done;
    }
    delivery.sentence =
        std::to_string(delivery.overdue) + " overdue, " + std::to_string(delivery.dueSoon) +
        " due within " + std::to_string(soonDays) + " days and " + std::to_string(delivery.done) +
        " done, of " + std::to_string(delivery.items.size()) + " actions and milestones.";
    return delivery;
}

} // namespace jointly::monitoring

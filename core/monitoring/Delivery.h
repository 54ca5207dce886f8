#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// Delivery against dates (PRODUCT.md stage 4): the plan's actions, the
// procurements' milestones and the milestones of remedial action plans, each done, overdue, due
// soon, due later or not yet dated, as at a day, with a sentence.
namespace jointly::monitoring {

// The tables delivery is read from.
inline constexpr std::string_view kDeliveryReads[] = {
    "plan_action",        "procurement_milestone", "procurement", "plan_document",
    "remedial_milestone", "performance_notice",    "contract"};

enum class DeliveryState { Overdue, DueSoon, Later, NotDated, Done };

struct DeliveryItem {
    std::string kind; // "action", "milestone" or "remedial" (a remedial action plan's)
    std::int64_t id = 0;
    std::string name;
    std::string from; // the plan or procurement it belongs to; empty for none
    std::string dueOn;
    DeliveryState state = DeliveryState::NotDated;
    long daysAway = 0; // below zero once the date has passed
    // "Overdue: “Refresh the market position statement” was due on 31
    // January 2027, 12 days ago."
    std::string sentence;
};

struct Delivery {
    std::vector<DeliveryItem> items; // overdue first, then by date
    std::size_t overdue = 0;
    std::size_t dueSoon = 0;
    std::size_t done = 0;
    std::string sentence; // "3 overdue, 2 due within 30 days, 14 done, of 25."
};

// "overdue", "due_soon", "later", "not_dated", "done"; "Overdue", ...
std::string_view deliveryKey(DeliveryState state);
std::string_view deliveryWords(DeliveryState state);

// Sets an item's state, days away and sentence from its due date, as at
// today (YYYY-MM-DD).
void judgeDelivery(DeliveryItem& item, bool done, std::string_view today, int soonDays = 30);

// As at today (YYYY-MM-DD); due soon means within soonDays. Cancelled
// actions are left out.
Delivery deliveryAsAt(storage::Database& db, std::string_view today, int soonDays = 30);

} // namespace jointly::monitoring

#include "procurement/ProcurementReview.h"

#include "procurement/Routes.h"
#include "procurement/Thresholds.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "util/Text.h"

namespace jointly::procurement {

namespace {

std::vector<Milestone> milestonesOf(storage::Database& db, std::int64_t procurementId) {
    auto rows = db.prepare("SELECT id, step, name, coalesce(due_on, ''), done FROM "
                           "procurement_milestone WHERE procurement_id = ?1 "
                           "ORDER BY due_on IS NULL, due_on, id");
    rows.bind(1, procurementId);
    std::vector<Milestone> milestones;
    while (rows.step()) {
        Milestone milestone;
        milestone.id = rows.int64(0);
        milestone.step = rows.text(1);
        milestone.name = rows.text(2);
        if (milestone.name.empty()) {
            milestone.name = std::string(stepName(milestone.step));
        }
        milestone.dueOn = rows.text(3);
        milestone.done = rows.int64(4) != 0;
        milestones.push_back(std::move(milestone));
    }
    return milestones;
}

// The specification's whole budget envelope; nothing when it has no lines,
// or when a damaged file's amounts would add up past what 64 bits hold.
std::optional<std::int64_t> envelopeOf(storage::Database& db, std::int64_t specificationId) {
    auto lines = db.prepare("SELECT amount_pence FROM specification_budget WHERE "
                            "specification_id = ?1 AND amount_pence IS NOT NULL");
    lines.bind(1, specificationId);
    std::optional<std::int64_t> total;
    while (lines.step()) {
        std::int64_t sum = 0;
        if (__builtin_add_overflow(total.value_or(0), lines.int64(0), &sum)) {
            return std::nullopt;
        }
        total = sum;
    }
    return total;
}

ProcurementReview review(storage::Database& db, storage::Statement& row, std::string_view today) {
    ProcurementReview result;
    result.id = row.int64(0);
    result.name = row.text(1);
    if (result.name.find_first_not_of(" \t") == std::string::npos) {
        result.name = "unnamed procurement";
    }
    result.regime = row.text(2);
    result.route = row.text(3);
    const std::optional<std::int64_t> existing =
        row.isNull(5) ? std::nullopt : std::optional<std::int64_t>(row.int64(5));
    if (!row.isNull(4)) {
        result.valuePence = row.int64(4);
    } else if (!row.isNull(8)) {
        result.valuePence = envelopeOf(db, row.int64(8));
        result.valueFromEnvelope = result.valuePence.has_value();
    }
    result.milestones = milestonesOf(db, result.id);
    std::string firstDate(today);
    for (const auto& milestone : result.milestones) {
        if (!milestone.dueOn.empty()) {
            firstDate = milestone.dueOn; // ordered by date, so the first is the earliest
            break;
        }
    }
    if (auto mismatch = routeMismatch(result.regime, result.route)) {
        result.warnings.push_back(*mismatch);
    }
    if (auto threshold =
            thresholdWarning(result.regime, row.text(9), result.valuePence, firstDate)) {
        result.warnings.push_back(*threshold);
    }
    if (result.route == "direct_award" &&
        (result.regime == "act" || result.regime == "act_light_touch") &&
        util::trim(row.text(10)).empty()) {
        result.warnings.push_back(
            "A direct award must be justified: the Procurement Act 2023 allows one only on the "
            "grounds of s.41 and Schedule 5 (a single supplier, extreme urgency, user choice "
            "for a light-touch contract...), s.42 or s.43, and the justification is published "
            "in the transparency notice (UK5). Write it under Route justification.");
    }
    if (result.route == "psr_direct_c") {
        result.change =
            considerableChange(existing, result.valuePence, row.int64(6) != 0, row.int64(7) != 0);
    }
    result.broken = checkTimeline(result.regime, result.route, result.milestones);
    auto conflicts = db.prepare("SELECT count(*) FROM procurement_conflict WHERE "
                                "procurement_id = ?1 AND (trim(person) <> '' OR "
                                "trim(interest) <> '')");
    conflicts.bind(1, result.id);
    conflicts.step();
    result.conflictEntries = conflicts.int64(0);
    return result;
}

constexpr const char* kSelect =
    "SELECT id, name, regime, route, value_pence, current_value_pence, change_by_authority, "
    "materially_different, specification_id, buyer_kind, route_justification FROM procurement";

} // namespace

std::vector<ProcurementReview> reviewProcurements(storage::Database& db, std::string_view today) {
    std::vector<ProcurementReview> reviews;
    auto rows = db.prepare(std::string(kSelect) + " ORDER BY id");
    while (rows.step()) {
        reviews.push_back(review(db, rows, today));
    }
    return reviews;
}

std::optional<ProcurementReview> reviewProcurement(storage::Database& db, std::int64_t id,
                                                   std::string_view today) {
    auto rows = db.prepare(std::string(kSelect) + " WHERE id = ?1");
    rows.bind(1, id);
    if (!rows.step()) {
        return std::nullopt;
    }
    return review(db, rows, today);
}

Status planMilestones(project::Project& project, std::int64_t procurementId,
                      std::string_view firstDate) {
    return project.guarded<Status>([&]() -> Status {
        auto& db = project.database();
        auto row = db.prepare("SELECT name, regime, route, (SELECT count(*) FROM "
                              "procurement_milestone WHERE procurement_id = ?1 AND done = 1) "
                              "FROM procurement WHERE id = ?1");
        row.bind(1, procurementId);
        if (!row.step()) {
            return Error{ErrorKind::NotFound,
                         "That procurement no longer exists; it may have been deleted."};
        }
        const auto name = row.text(0);
        const auto regime = row.text(1);
        const auto route = row.text(2);
        if (row.int64(3) > 0) {
            return Error{ErrorKind::Invalid,
                         "Some of this procurement's milestones are marked done, so its timeline "
                         "is not laid out again: move the remaining dates by hand instead."};
        }
        auto planned = planTimeline(regime, route, firstDate);
        if (!planned.ok()) {
            return planned.error();
        }
        const auto label = "Plan the timeline of " + (name.empty() ? std::string("a procurement")
                                                                   : "\u201c" + name + "\u201d");
        return project.edit(label, [&](storage::Database& edit) {
            auto clear =
                edit.prepare("DELETE FROM procurement_milestone WHERE procurement_id = ?1");
            clear.bind(1, procurementId);
            clear.run();
            for (const auto& milestone : planned.value()) {
                auto insert = edit.prepare("INSERT INTO procurement_milestone (id, procurement_id, "
                                           "step, name, due_on) VALUES (?1, ?2, ?3, ?4, ?5)");
                insert.bind(1, project::newId(edit, "procurement_milestone"))
                    .bind(2, procurementId)
                    .bind(3, milestone.step)
                    .bind(4, milestone.name)
                    .bind(5, milestone.dueOn);
                insert.run();
            }
        });
    });
}

} // namespace jointly::procurement

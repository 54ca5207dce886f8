#include "baseline/Baselines.h"

#include "project/Ids.h"
#include "project/Project.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Text.h"

namespace jointly::baseline {

Outcome<std::int64_t> freezePlan(project::Project& project, const std::string& name,
                                 const std::string& today) {
    const auto trimmed = std::string(util::trim(name));
    if (trimmed.empty()) {
        return Error{ErrorKind::Invalid,
                     "Give the baseline a name, such as \"Approved by the board, March 2026\"."};
    }
    return project.guarded<Outcome<std::int64_t>>([&]() -> Outcome<std::int64_t> {
        auto& db = project.database();
        for (const auto& existing : listBaselines(db)) {
            if (util::lower(existing.name) == util::lower(trimmed)) {
                return Error{ErrorKind::Invalid, "There is already a baseline called " +
                                                     util::curlyQuoted(existing.name) +
                                                     " (taken on " + existing.takenOn +
                                                     "): give this one another name."};
            }
        }
        const auto archive = saveSnapshot(takeSnapshot(db, trimmed, today));
        if (archive.size() > kLargestArchive) {
            return Error{ErrorKind::Invalid,
                         "The plan is too large to keep as a baseline (more than 32 MB)."};
        }
        std::int64_t id = 0;
        auto status =
            project.edit("Freeze the plan as approved: " + util::curlyQuoted(trimmed),
                         [&](storage::Database& edited) {
                             id = project::newId(edited, "baseline");
                             edited
                                 .prepare("INSERT INTO baseline (id, name, taken_on, archive) "
                                          "VALUES (?1, ?2, ?3, ?4)")
                                 .bind(1, id)
                                 .bind(2, trimmed)
                                 .bind(3, today)
                                 .bind(4, archive)
                                 .run();
                         });
        if (!status.ok()) {
            return status.error();
        }
        return id;
    });
}

std::vector<BaselineSummary> listBaselines(storage::Database& db) {
    std::vector<BaselineSummary> all;
    auto rows = db.prepare("SELECT id, name, coalesce(taken_on, '') FROM baseline ORDER BY "
                           "taken_on, id");
    while (rows.step()) {
        all.push_back({rows.int64(0), rows.text(1), rows.text(2)});
    }
    return all;
}

Outcome<PlanSnapshot> readBaseline(storage::Database& db, const std::string& nameOrId) {
    const auto wanted = util::lower(std::string(util::trim(nameOrId)));
    std::string names;
    int count = 0;
    for (const auto& baseline : listBaselines(db)) {
        if (util::lower(baseline.name) == wanted || std::to_string(baseline.id) == wanted) {
            auto archive = db.prepare("SELECT archive FROM baseline WHERE id = ?1");
            archive.bind(1, baseline.id);
            if (!archive.step()) {
                break;
            }
            return loadSnapshot(archive.text(0),
                                "The baseline " + util::curlyQuoted(baseline.name));
        }
        names += (names.empty() ? "" : ", ") + util::curlyQuoted(baseline.name);
        ++count;
    }
    return Error{ErrorKind::NotFound,
                 names.empty()
                     ? "This project has no baseline yet: freeze the plan as approved "
                       "first."
                     : "There is no baseline called " +
                           util::curlyQuoted(std::string(util::trim(nameOrId))) +
                           (count == 1 ? "; there is only " : "; there are ") + names + "."};
}

Outcome<PlanComparison> compareWithPlanNow(storage::Database& db, const std::string& nameOrId) {
    auto then = readBaseline(db, nameOrId);
    if (!then.ok()) {
        return then.error();
    }
    return comparePlans(then.value(), takeSnapshot(db, "now", then.value().takenOn));
}

} // namespace jointly::baseline

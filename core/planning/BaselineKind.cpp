#include "planning/PlanningKinds.h"

#include "storage/Database.h"
#include "storage/Statement.h"

// The baseline: a snapshot of the plan as approved, kept as an archive
// (core/baseline), listed and named as a record.
namespace jointly::planning {

using records::FieldType;
using records::RecordKind;

namespace {

// A baseline is taken by "Freeze the plan as approved", never added empty.
std::string refuseBaselineChange(storage::Database& db, std::int64_t id) {
    auto row = db.prepare("SELECT archive = '' FROM baseline WHERE id = ?1");
    row.bind(1, id);
    if (row.step() && row.int64(0) != 0) {
        return "A baseline is taken with \"Freeze the plan as approved\" (jointly baseline FILE "
               "--name NAME), which keeps the plan as it is then; it cannot be added empty.";
    }
    // Baselines are found by name ('jointly compare --baseline NAME'), so a
    // name is needed and used once.
    auto name = db.prepare("SELECT trim(name) FROM baseline WHERE id = ?1");
    name.bind(1, id);
    if (name.step() && name.text(0).empty()) {
        return "Give the baseline a name, such as \"Approved by the board, March 2026\".";
    }
    auto same = db.prepare("SELECT other.name FROM baseline mine JOIN baseline other ON other.id "
                           "!= mine.id AND lower(trim(other.name)) = lower(trim(mine.name)) "
                           "WHERE mine.id = ?1");
    same.bind(1, id);
    if (same.step()) {
        return "There is already a baseline called \u201C" + same.text(0) +
               "\u201D: give this one another name.";
    }
    return {};
}

} // namespace

const RecordKind& baseline() {
    static const RecordKind kind{
        .table = "baseline",
        .singular = "baseline",
        .plural = "baselines",
        .fields =
            {
                {.column = "name", .label = "Baseline", .type = FieldType::Text},
                {.column = "taken_on",
                 .label = "Taken on",
                 .type = FieldType::Date,
                 .help = "The day the plan was frozen as approved."},
                {.column = "note",
                 .label = "Note",
                 .type = FieldType::LongText,
                 .help = "Who approved it, and where: \"Approved by the board, 26 March "
                         "2026\"."},
            },
        .refuseChange = &refuseBaselineChange,
    };
    return kind;
}

} // namespace jointly::planning

#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace jointly::storage {
class Database;
}

namespace jointly::records {

// How a field is stored and typed in.
enum class FieldType {
    Text,     // one line
    LongText, // paragraphs
    Count,    // a whole number, zero or more (population, years)
    Money,    // whole pence, typed and shown as pounds
    Flag,     // yes / no
    Date,     // ISO date, YYYY-MM-DD
    Choice,   // one of a fixed list
    Link,     // a link to another record (by id), or none
    Share,    // a percentage with two decimals, stored as basis points (0-10000)
    Year,     // a UK financial year such as 2026/27, stored as the year it starts in
    Decimal,  // a number with up to two decimals, stored as hundredths (-12.5 is -1250)
};

struct ChoiceOption {
    std::string_view key;   // as stored
    std::string_view label; // as shown
};

struct RecordKind;

// A Count or Share field with no upper limit of its own (a Share is never
// more than 100%).
inline constexpr std::int64_t kNoLimit = std::numeric_limits<std::int64_t>::max();

// Whether a Money field takes amounts below zero (an underspend).
enum class Sign { ZeroOrMore, MayBeNegative };

// One field of a kind of record. Kinds are written with designated
// initialisers, naming only what differs from these defaults:
//   {.column = "rank", .label = "Rank", .type = FieldType::Count,
//    .maximum = 1000, .minimum = 1}
struct FieldSpec {
    std::string_view column;
    std::string_view label;
    FieldType type = FieldType::Text;
    std::vector<ChoiceOption> choices = {};   // Choice fields
    const RecordKind& (*linksTo)() = nullptr; // Link fields: the kind linked to
    bool required = false;                    // a Link that may not be empty
    std::string_view help = {};               // a sentence shown as a tip
    std::int64_t maximum = kNoLimit;          // Count and Share fields: the highest allowed
    std::int64_t minimum = 0;                 // Count fields: the lowest allowed
    Sign sign = Sign::ZeroOrMore;             // Money fields
};

// One kind of record the user keeps (partner organisation, member, ...):
// the table holding it and its fields, in the order they are shown. SQL for a
// kind is built only from these constants, never from what a user typed.
struct RecordKind {
    std::string_view table;
    std::string_view singular; // "partner organisation"
    std::string_view plural;   // "partner organisations"
    std::vector<FieldSpec> fields;
    std::string_view nameColumn = "name"; // the field that names a record in messages
    // A condition (our own constant SQL) a row must meet to be shown, e.g. an
    // indicator whose import was undone is hidden. Empty shows every row.
    std::string_view visibleWhere = {};
    // Rows added in the same edit as a record (an appraisal starts with its
    // do-nothing option), by our own constant SQL into table with ?1 bound to
    // the new record's id and ?2 to a new id for the row added.
    struct AlsoAdd {
        std::string_view table;
        std::string_view sql;
    };
    std::vector<AlsoAdd> alsoOnAdd = {};
    // A condition (constant SQL) marking records that may not be deleted,
    // and the sentence saying why.
    std::string_view keepWhere = {};
    std::string_view keepReason = {};
    // A money field worth totalling when records of this kind are deleted
    // with another ("15 contributions worth £394,800,000.00 in all"); empty
    // when the kind's money is not an amount held (a member's budget limit).
    std::string_view totalOnDelete = {};
    // A kind that views the partnership's single row (its profile, its
    // agreement, the budget settings) rather than keeping records of its own:
    // never listed, counted, added, deleted or linked to.
    bool oneRow = false;
    // A rule the stage keeps on every add and change of a record of this
    // kind (direct award C only where the change is not considerable; a
    // notice marked published only after the conflicts assessment): run in
    // the edit, after the change and before it is committed, it returns the
    // sentence that refuses the change, and then nothing changes; or nothing
    // to let it stand.
    std::string (*refuseChange)(storage::Database&, std::int64_t id) = nullptr;
};

// The kind a Link field points at, or nullptr for a field that is not a link.
const RecordKind* linkedKind(const FieldSpec& field);

// The table of the kind a Link field points at; empty for any other field.
std::string_view linkedTable(const FieldSpec& field);

// Every kind of record in every stage, in the order of the cycle. Declared
// on this floor, which must find the kind a table holds (to say what a
// deletion takes with it), and defined by the stage registry
// (stages/Stages.cpp), the one list that names the stages; so nothing on
// this floor includes a stage's header.
std::span<const RecordKind* const> everyKind();

// The kind of record a table holds, for words in messages; nullptr for a
// table no kind keeps. Kinds that view one row of a shared table (oneRow)
// are skipped.
const RecordKind* kindForTable(std::string_view table);

// A stored value: empty, a whole number or text.
using FieldValue = std::variant<std::monostate, std::int64_t, std::string>;

struct Record {
    std::int64_t id = 0;
    std::vector<FieldValue> values; // one per field of its kind, in order

    const FieldValue& value(const RecordKind& kind, std::string_view column) const;
    std::string text(const RecordKind& kind, std::string_view column) const;
    std::int64_t number(const RecordKind& kind, std::string_view column,
                        std::int64_t otherwise = 0) const;
    bool isEmpty(const RecordKind& kind, std::string_view column) const;
};

int fieldIndex(const RecordKind& kind, std::string_view column);

} // namespace jointly::records

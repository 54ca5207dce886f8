#include "transfer/RecordTransfer.h"

#include "baseline/ArchiveReading.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "project/FileInspection.h"
#include "project/Ids.h"
#include "project/Project.h"
#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "transfer/CopiedRecords.h"
#include "util/PartialFile.h"
#include "util/Text.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>

namespace jointly::transfer {

namespace {

using records::FieldType;
using records::RecordKind;

// A kind copied with the record it belongs to, through its link `parent`.
struct Belonging {
    const RecordKind& (*kind)();
    std::string_view parent;
};

struct CopyRule {
    const RecordKind& (*root)();
    std::vector<Belonging> belongings; // each after what it belongs to
    bool withScores = false;           // an appraisal's scores
};

const std::vector<CopyRule>& copyRules() {
    static const std::vector<CopyRule> rules = {
        {&partnership::partnerOrganisation,
         {{&partnership::member, "partner_id"}, {&partnership::declaredInterest, "member_id"}}},
        {&planning::appraisal,
         {{&planning::appraisalOption, "appraisal_id"},
          {&planning::appraisalCriterion, "appraisal_id"}},
         true},
        {&procurement::contract,
         {{&procurement::contractValue, "contract_id"},
          {&procurement::contractFunder, "contract_id"},
          {&procurement::contractService, "contract_id"},
          {&procurement::contractSpecification, "contract_id"},
          {&procurement::contractKpi, "contract_id"}}},
    };
    return rules;
}

const CopyRule* ruleFor(std::string_view table) {
    for (const auto& rule : copyRules()) {
        if (rule.root().table == table) {
            return &rule;
        }
    }
    return nullptr;
}

const records::FieldSpec* fieldNamed(const RecordKind& kind, std::string_view column) {
    for (const auto& field : kind.fields) {
        if (field.column == column) {
            return &field;
        }
    }
    return nullptr;
}

std::string partnershipName(storage::Database& db) {
    auto row = db.prepare("SELECT name FROM partnership WHERE id = 1");
    return row.step() ? row.text(0) : std::string();
}

// "3 members", "1 declared interest".
std::string counted(std::size_t count, const RecordKind& kind) {
    return std::to_string(count) + " " + std::string(count == 1 ? kind.singular : kind.plural);
}

// A record's name in lists, from the fields it is to be added with.
std::string nameFrom(const RecordKind& kind, const records::FieldValues& values) {
    records::Record record{0, {}};
    for (const auto& field : kind.fields) {
        records::FieldValue value;
        for (const auto& [column, given] : values) {
            if (column == field.column) {
                value = given;
            }
        }
        record.values.push_back(value);
    }
    return records::nameOf(kind, record);
}

// "options appraisal “Falls” with 3 options and 2 criteria", from the
// first record's fields and the kinds of the rest.
std::string described(const CopyRule& rule, const records::FieldValues& rootValues,
                      const std::vector<std::string_view>& tables) {
    const auto& kind = rule.root();
    std::vector<std::string> parts;
    for (const auto& belonging : rule.belongings) {
        const auto count = static_cast<std::size_t>(
            std::count(tables.begin(), tables.end(), belonging.kind().table));
        if (count > 0) {
            parts.push_back(counted(count, belonging.kind()));
        }
    }
    return std::string(kind.singular) + " " + util::curlyQuoted(nameFrom(kind, rootValues)) +
           (parts.empty() ? "" : " with " + util::joinedWithAnd(parts));
}

class Copier {
public:
    explicit Copier(storage::Database& db) : db_(db) {}

    void add(const RecordKind& kind, const records::Record& record) {
        ids_[std::string(kind.table)].insert(record.id);
        CopiedRecord copied{std::string(kind.table), record.id, {}};
        for (std::size_t i = 0; i < kind.fields.size() && i < record.values.size(); ++i) {
            copied.values.push_back(valueOf(kind.fields[i], record.values[i]));
        }
        copied_.records.push_back(std::move(copied));
    }

    bool holds(std::string_view table, const records::FieldValue& value) const {
        const auto* id = std::get_if<std::int64_t>(&value);
        const auto found = ids_.find(std::string(table));
        return id && found != ids_.end() && found->second.count(*id) != 0;
    }

    CopiedRecords& copied() { return copied_; }

private:
    CopiedValue valueOf(const records::FieldSpec& field, const records::FieldValue& value) {
        CopiedValue copied{std::string(field.column), 0, 0, {}, {}};
        if (const auto* number = std::get_if<std::int64_t>(&value)) {
            const auto* linked =
                field.type == FieldType::Link ? records::linkedKind(field) : nullptr;
            if (linked == nullptr) {
                copied.kind = static_cast<std::int64_t>(CopiedValueKind::Number);
                copied.number = *number;
            } else if (holds(linked->table, value)) {
                copied.kind = static_cast<std::int64_t>(CopiedValueKind::LinkWithin);
                copied.number = *number;
                copied.table = std::string(linked->table);
            } else if (const auto target = records::findRecord(db_, *linked, *number)) {
                copied.kind = static_cast<std::int64_t>(CopiedValueKind::LinkOutside);
                copied.text = records::nameOf(*linked, *target);
                copied.table = std::string(linked->table);
            }
        } else if (const auto* text = std::get_if<std::string>(&value)) {
            copied.kind = static_cast<std::int64_t>(CopiedValueKind::Text);
            copied.text = *text;
        }
        return copied;
    }

    storage::Database& db_;
    std::map<std::string, std::set<std::int64_t>> ids_;
    CopiedRecords copied_;
};

// The records as they will be added, checked: each kind one the first
// record's rule copies, each field one of its kind's with a value it may
// hold, each link within the copy to a record before it.
struct PastePlan {
    const CopyRule* rule = nullptr;
    std::vector<std::pair<const RecordKind*, records::FieldValues>> records;
    // For each record, its links within the copy: (column, index of the
    // record linked to).
    std::vector<std::vector<std::pair<std::string_view, std::size_t>>> within;
    std::vector<std::string> unlinked;
    // Each copied record's place in `records`, or kSkipped.
    std::map<std::pair<std::string, std::int64_t>, std::size_t> indexOf;
};

constexpr std::size_t kSkipped = static_cast<std::size_t>(-1);

Outcome<PastePlan> planPaste(storage::Database& db, const CopiedRecords& copied,
                             const std::string& what) {
    const auto damaged = [&](const std::string& why) {
        return Error{ErrorKind::Damaged, what + " is damaged (" + why + "). Nothing was pasted."};
    };
    PastePlan plan;
    if (copied.records.empty() || (plan.rule = ruleFor(copied.records.front().table)) == nullptr) {
        return damaged("they do not start with a record Jointly copies");
    }
    auto& indexOf = plan.indexOf;
    for (const auto& record : copied.records) {
        const RecordKind* kind = nullptr;
        std::string_view parent;
        if (plan.records.empty()) {
            kind = &plan.rule->root();
        } else {
            for (const auto& belonging : plan.rule->belongings) {
                if (belonging.kind().table == record.table) {
                    kind = &belonging.kind();
                    parent = belonging.parent;
                }
            }
        }
        if (kind == nullptr || (!plan.records.empty() && record.table == plan.rule->root().table)) {
            return damaged("a " + record.table + " is not copied with a " +
                           std::string(plan.rule->root().singular));
        }
        if (!indexOf.emplace(std::pair{record.table, record.id}, plan.records.size()).second) {
            return damaged("a record is there twice");
        }
        records::FieldValues values;
        std::vector<std::pair<std::string_view, std::size_t>> within;
        std::set<std::string_view> seen;
        bool parentFound = parent.empty();
        std::string skipped; // why this record cannot be pasted here
        for (const auto& value : record.values) {
            const auto* field = fieldNamed(*kind, value.column);
            if (field == nullptr || !seen.insert(field->column).second) {
                return damaged("a " + std::string(kind->singular) + " has a field \"" +
                               value.column + "\" it cannot have");
            }
            switch (static_cast<CopiedValueKind>(value.kind)) {
            case CopiedValueKind::Empty:
                break;
            case CopiedValueKind::Number:
                if (field->type == FieldType::Link) {
                    return damaged("a link is written as a number");
                }
                values.emplace_back(field->column, value.number);
                break;
            case CopiedValueKind::Text:
                values.emplace_back(field->column, value.text);
                break;
            case CopiedValueKind::LinkWithin: {
                const auto linked = indexOf.find({value.table, value.number});
                if (field->type != FieldType::Link || records::linkedTable(*field) != value.table ||
                    linked == indexOf.end() ||
                    (linked->second != kSkipped && linked->second + 1 > plan.records.size())) {
                    return damaged("a link points at a record not copied before it");
                }
                parentFound = parentFound || field->column == parent;
                if (linked->second == kSkipped) {
                    skipped = "what it belongs to was not pasted";
                } else {
                    within.emplace_back(field->column, linked->second);
                }
                break;
            }
            case CopiedValueKind::LinkOutside: {
                const auto* linked =
                    field->type == FieldType::Link ? records::linkedKind(*field) : nullptr;
                if (linked == nullptr || linked->table != value.table) {
                    return damaged("a link points at the wrong kind of record");
                }
                std::optional<std::int64_t> found;
                for (const auto& candidate : records::listRecords(db, *linked)) {
                    if (util::lower(records::nameOf(*linked, candidate)) ==
                        util::lower(value.text)) {
                        found = candidate.id;
                        break;
                    }
                }
                if (found) {
                    values.emplace_back(field->column, *found);
                } else if (field->required) {
                    skipped = "its " + util::lower(field->label) + ", " +
                              util::curlyQuoted(value.text) + ", is not in this project";
                } else {
                    plan.unlinked.push_back("The " + std::string(kind->singular) + "'s " +
                                            util::lower(field->label) + ", " +
                                            util::curlyQuoted(value.text) +
                                            ", is not in this project, so that link was left "
                                            "empty.");
                }
                break;
            }
            default:
                return damaged("a value is of a kind Jointly does not know");
            }
            if (!values.empty() && values.back().first == field->column) {
                if (const auto problem = records::validate(*field, values.back().second);
                    !problem.empty()) {
                    return damaged(problem);
                }
            }
        }
        if (!parentFound) {
            return damaged("a " + std::string(kind->singular) +
                           " does not belong to what was "
                           "copied");
        }
        if (!skipped.empty()) {
            // The record copied is needed whole; what belongs to it may be
            // left out, and is said so.
            if (plan.records.empty()) {
                return Error{ErrorKind::Invalid, "The " + std::string(kind->singular) + "'s " +
                                                     skipped.substr(4) +
                                                     ": add it first, then paste again. Nothing "
                                                     "was pasted."};
            }
            indexOf[{record.table, record.id}] = kSkipped;
            plan.unlinked.push_back("One " + std::string(kind->singular) +
                                    " was not pasted: " + skipped + ".");
            continue;
        }
        plan.records.emplace_back(kind, std::move(values));
        plan.within.push_back(std::move(within));
    }
    return plan;
}

} // namespace

bool canCopy(const records::RecordKind& kind) {
    return ruleFor(kind.table) != nullptr;
}

Outcome<std::string> copyRecords(storage::Database& db, const records::RecordKind& kind,
                                 std::int64_t id) {
    const auto* rule = ruleFor(kind.table);
    if (rule == nullptr) {
        return Error{ErrorKind::Invalid,
                     "Only a partner organisation (with its members), an options appraisal (with "
                     "its options and criteria) or a contract (with its KPIs) can be copied."};
    }
    const auto root = records::findRecord(db, kind, id);
    if (!root) {
        return Error{ErrorKind::NotFound, "There is no " + std::string(kind.singular) +
                                              " with the id " + std::to_string(id) + "."};
    }
    Copier copier(db);
    copier.copied().partnership = partnershipName(db);
    copier.add(kind, *root);
    for (const auto& belonging : rule->belongings) {
        const auto& belongs = belonging.kind();
        const auto* parent = fieldNamed(belongs, belonging.parent);
        for (const auto& record : records::listRecords(db, belongs)) {
            if (copier.holds(records::linkedTable(*parent),
                             record.value(belongs, belonging.parent))) {
                copier.add(belongs, record);
            }
        }
    }
    if (rule->withScores) {
        std::map<std::int64_t, bool> inCopy;
        for (const auto& record : copier.copied().records) {
            if (record.table == "appraisal_option" || record.table == "appraisal_criterion") {
                inCopy[record.id] = true;
            }
        }
        auto scores = db.prepare("SELECT option_id, criterion_id, score FROM appraisal_score "
                                 "ORDER BY id");
        while (scores.step()) {
            if (inCopy.count(scores.int64(0)) != 0 && inCopy.count(scores.int64(1)) != 0) {
                copier.copied().scores.push_back(
                    {scores.int64(0), scores.int64(1), scores.int64(2)});
            }
        }
    }
    return baseline::writeArchive(baseline::ArchiveContent::Records, copier.copied());
}

Outcome<Pasted> pasteRecords(project::Project& project, std::string_view archive,
                             const std::string& what) {
    return project.guarded<Outcome<Pasted>>([&]() -> Outcome<Pasted> {
        const auto copied =
            baseline::readArchive<CopiedRecords>(archive, baseline::ArchiveContent::Records, what);
        if (!copied.ok()) {
            return copied.error();
        }
        auto plan = planPaste(project.database(), copied.value(), what);
        if (!plan.ok()) {
            return plan.error();
        }
        auto& steps = plan.value();
        // Each score of an option and a criterion pasted, at their new ids.
        std::vector<std::pair<std::pair<std::size_t, std::size_t>, std::int64_t>> scores;
        for (const auto& score : copied.value().scores) {
            const auto option = steps.indexOf.find({"appraisal_option", score.optionId});
            const auto criterion = steps.indexOf.find({"appraisal_criterion", score.criterionId});
            if (option == steps.indexOf.end() || criterion == steps.indexOf.end() ||
                score.score < -1'000'000 || score.score > 1'000'000) {
                return Error{ErrorKind::Damaged,
                             what + " is damaged (a score is not of an option and criterion "
                                    "copied). Nothing was pasted."};
            }
            if (option->second != kSkipped && criterion->second != kSkipped) {
                scores.push_back({{option->second, criterion->second}, score.score});
            }
        }
        Pasted pasted;
        pasted.table = std::string(steps.rule->root().table);
        pasted.unlinked = steps.unlinked;
        std::vector<std::string_view> tables;
        for (const auto& [kind, values] : steps.records) {
            tables.push_back(kind->table);
        }
        pasted.label = "Paste " + described(*steps.rule, steps.records.front().second, tables);
        std::vector<std::int64_t> newIds;
        const auto status = project.edit(pasted.label, [&](storage::Database& db) {
            for (std::size_t i = 0; i < steps.records.size(); ++i) {
                auto values = steps.records[i].second;
                for (const auto& [column, index] : steps.within[i]) {
                    values.emplace_back(column, newIds[index]);
                }
                newIds.push_back(records::insertRecord(db, *steps.records[i].first, values,
                                                       records::AlsoOnAdd::No));
            }
            for (const auto& [pair, score] : scores) {
                auto insert = db.prepare("INSERT INTO appraisal_score (id, option_id, "
                                         "criterion_id, score) VALUES (?1, ?2, ?3, ?4)");
                insert.bind(1, project::newId(db, "appraisal_score"))
                    .bind(2, newIds[pair.first])
                    .bind(3, newIds[pair.second])
                    .bind(4, score);
                insert.run();
            }
        });
        if (!status.ok()) {
            return status.error();
        }
        pasted.id = newIds.front();
        return pasted;
    });
}

Status copyRecordsToFile(storage::Database& db, const records::RecordKind& kind, std::int64_t id,
                         const std::string& outPath) {
    const auto copied = copyRecords(db, kind, id);
    if (!copied.ok()) {
        return copied.error();
    }
    util::PartialFile file(outPath, project::displayName(outPath));
    if (auto opened = file.opened(); !opened.ok()) {
        return opened.error();
    }
    file.stream() << copied.value();
    return file.commit();
}

Outcome<Pasted> pasteRecordsFromFile(project::Project& project, const std::string& inPath) {
    const auto name = project::displayName(inPath);
    std::error_code error;
    const auto size = std::filesystem::file_size(inPath, error);
    if (error) {
        return Error{ErrorKind::NotFound,
                     "There is no file called " + name + " that can be read. Check the name."};
    }
    // The header's own line is short; a file much larger than the largest
    // archive is not one, and is not read.
    if (size > baseline::kLargestArchive + 1024) {
        return Error{ErrorKind::Invalid, name + " is larger than copied records can be. Nothing "
                                                "was pasted."};
    }
    std::ifstream in(inPath, std::ios::binary);
    std::string archive(static_cast<std::size_t>(size), '\0');
    if (!in.read(archive.data(), static_cast<std::streamsize>(size))) {
        return Error{ErrorKind::Storage, name + " could not be read. Nothing was pasted."};
    }
    return pasteRecords(project, archive, name);
}

std::string describeCopied(std::string_view archive) {
    const auto copied = baseline::readArchive<CopiedRecords>(
        archive, baseline::ArchiveContent::Records, "What was copied");
    if (!copied.ok() || copied.value().records.empty()) {
        return {};
    }
    const auto* rule = ruleFor(copied.value().records.front().table);
    if (rule == nullptr) {
        return {};
    }
    records::FieldValues rootValues;
    for (const auto& value : copied.value().records.front().values) {
        if (value.kind == static_cast<std::int64_t>(CopiedValueKind::Text)) {
            rootValues.emplace_back(value.column, value.text);
        }
    }
    std::vector<std::string_view> tables;
    for (const auto& record : copied.value().records) {
        tables.push_back(record.table);
    }
    return described(*rule, rootValues, tables) + ", from " +
           (copied.value().partnership.empty() ? std::string("a partnership")
                                               : copied.value().partnership);
}

} // namespace jointly::transfer

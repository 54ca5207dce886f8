#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "project/ProjectLock.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

using namespace jointly;
using jointly::testing::TempDir;
using records::FieldSpec;
using records::FieldType;
using records::FieldValue;
using records::RecordKind;

namespace {

std::string show(const FieldValue& value) {
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*number);
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return "\"" + *text + "\"";
    }
    return "(empty)";
}

// The ids of the records that Link fields point at, by the table linked to.
using LinkTargets = std::map<std::string_view, std::int64_t>;

// A typical, non-default value for a field: what a user would have typed.
FieldValue typicalValue(const RecordKind& kind, const FieldSpec& field, const LinkTargets& links) {
    switch (field.type) {
    case FieldType::Text:
        return std::string(field.label) + " of the " + std::string(kind.singular) +
               " \u2014 \u201CWestshire\u201D £";
    case FieldType::LongText:
        return std::string(field.label) + ": first paragraph.\n\nSecond paragraph, with "
                                          "\u201Cquotes\u201D & <angle brackets>.\n";
    case FieldType::Count:
        // Population-like fields take a large number; years a small one in range.
        return std::int64_t{field.maximum >= 812000 ? 812000 : (field.minimum + field.maximum) / 2};
    case FieldType::Money:
        return std::int64_t{123456};
    case FieldType::Flag:
        return std::int64_t{1};
    case FieldType::Date:
        return std::string("2026-04-01");
    case FieldType::Choice:
        // The second choice: never the column's default in this schema.
        return std::string(field.choices.at(1).key);
    case FieldType::Link:
        return links.at(records::linkedTable(field));
    case FieldType::Share:
        return std::int64_t{3750};
    case FieldType::Year:
        return std::int64_t{2027};
    case FieldType::Decimal:
        return std::int64_t{-1250};
    }
    return FieldValue{};
}

std::int64_t added(project::Project& project, const RecordKind& kind,
                   const records::FieldValues& initial) {
    auto id = records::addRecord(project, kind, initial);
    INFO("adding a " << kind.singular << ": " << jointly::testing::describe(id));
    REQUIRE(id.ok());
    return id.value();
}

// What SQLite says the stored value's type is, to check numbers are stored as
// integers and not as text.
std::string storedType(storage::Database& db, const RecordKind& kind, std::string_view column,
                       std::int64_t id) {
    auto statement = db.prepare("SELECT typeof(" + std::string(column) + ") FROM " +
                                std::string(kind.table) + " WHERE id = ?1");
    statement.bind(1, id);
    REQUIRE(statement.step());
    return statement.text(0);
}

} // namespace

TEST_CASE("every field of every partnership kind survives closing and reopening the project",
          "[storage]") {
    TempDir dir;
    const auto path = dir.file("Westshire.jointly");
    LinkTargets links;
    std::vector<std::pair<const RecordKind*, std::int64_t>> written;
    {
        auto created = project::Project::create(path, "Westshire Partnership");
        REQUIRE(created.ok());
        auto& project = *created.value();

        // Records for the Link fields to point at.
        using partnership::careGroup;
        using partnership::member;
        using partnership::partnerOrganisation;
        using partnership::planDocument;
        links["partner_organisation"] =
            added(project, partnerOrganisation(), {{"name", std::string("Link partner")}});
        links["member"] = added(
            project, member(),
            {{"partner_id", links["partner_organisation"]}, {"name", std::string("Link member")}});
        links["care_group"] = added(project, careGroup(), {{"name", std::string("Link care")}});
        links["plan_document"] =
            added(project, planDocument(), {{"title", std::string("Link plan")}});

        for (const auto* kind : partnership::allKinds()) {
            std::int64_t id = partnership::kPartnershipId;
            if (!kind->oneRow) {
                // Required links must be given when the record is added.
                records::FieldValues initial;
                for (const auto& field : kind->fields) {
                    if (field.required) {
                        initial.emplace_back(field.column, links.at(records::linkedTable(field)));
                    }
                }
                id = added(project, *kind, initial);
            }
            for (const auto& field : kind->fields) {
                auto status = records::setField(project, *kind, id, field.column,
                                                typicalValue(*kind, field, links));
                INFO(kind->table << "." << field.column << ": "
                                 << jointly::testing::describe(status));
                REQUIRE(status.ok());
            }
            written.emplace_back(kind, id);
        }
        REQUIRE(written.size() == 11);
    }
    // Closing the project releases its lock.
    CHECK_FALSE(std::filesystem::exists(project::ProjectLock::lockPathFor(path)));

    auto reopened = project::Project::open(path);
    INFO(jointly::testing::describe(reopened));
    REQUIRE(reopened.ok());
    auto& project = *reopened.value();
    CHECK_FALSE(project.isReadOnly());
    auto& db = project.database();
    int fieldsChecked = 0;
    for (const auto& [kind, id] : written) {
        auto record = records::findRecord(db, *kind, id);
        INFO("kind " << kind->singular << ", id " << id);
        REQUIRE(record.has_value());
        REQUIRE(record->values.size() == kind->fields.size());
        for (std::size_t i = 0; i < kind->fields.size(); ++i) {
            const auto& field = kind->fields[i];
            const auto expected = typicalValue(*kind, field, links);
            INFO(field.column << ": read " << show(record->values[i]) << ", wrote "
                              << show(expected));
            CHECK(record->values[i] == expected);
            const bool numeric = std::holds_alternative<std::int64_t>(expected);
            CHECK(storedType(db, *kind, field.column, id) == (numeric ? "integer" : "text"));
            ++fieldsChecked;
        }
    }
    // 9 + 6 fields on the partnership row, then 1 + 3 + 6 + 6 + 5 + 3 + 3 + 7, and a
    // quorum rule's 3.
    CHECK(fieldsChecked == 52);

    // Exactly the records written, no more: one of each kind plus the link targets.
    const std::map<std::string_view, std::int64_t> expectedCounts = {
        {"objective", 1},  {"locality", 1},          {"partner_organisation", 2},
        {"member", 2},     {"declared_interest", 1}, {"linked_group", 1},
        {"care_group", 2}, {"plan_document", 2},     {"partnership", 1},
    };
    for (const auto& [table, count] : expectedCounts) {
        INFO(table);
        CHECK(db.queryInt64("SELECT count(*) FROM " + std::string(table)) == count);
    }
    // The name given at creation was overwritten by the typical value.
    CHECK(
        records::findRecord(db, partnership::profile(), 1)->text(partnership::profile(), "name") ==
        "Name of the partnership \u2014 \u201CWestshire\u201D £");
}

TEST_CASE("fields left empty read back as empty after reopening", "[storage]") {
    TempDir dir;
    const auto path = dir.file("Empty.jointly");
    std::int64_t partnerId = 0;
    std::int64_t planId = 0;
    {
        auto created = project::Project::create(path, "");
        REQUIRE(created.ok());
        partnerId = added(*created.value(), partnership::partnerOrganisation(), {});
        planId = added(*created.value(), partnership::planDocument(), {});
    }
    auto reopened = project::Project::open(path);
    REQUIRE(reopened.ok());
    auto& db = reopened.value()->database();
    const auto& partner = partnership::partnerOrganisation();
    auto record = records::findRecord(db, partner, partnerId);
    REQUIRE(record.has_value());
    // The schema's defaults.
    CHECK(record->value(partner, "name") == FieldValue{std::string()});
    CHECK(record->value(partner, "org_type") == FieldValue{std::string("local_authority")});
    CHECK(record->value(partner, "role") == FieldValue{std::string("commissioner")});
    CHECK(record->value(partner, "annual_contribution_pence") == FieldValue{std::int64_t{0}});
    CHECK(record->value(partner, "fixed_risk_share_bp") == FieldValue{});
    CHECK(records::nameOf(partner, *record) == "unnamed partner organisation");

    const auto& plan = partnership::planDocument();
    auto planRecord = records::findRecord(db, plan, planId);
    REQUIRE(planRecord.has_value());
    CHECK(planRecord->value(plan, "kind") == FieldValue{std::string("framework")});
    CHECK(planRecord->value(plan, "parent_id") == FieldValue{});
    CHECK(planRecord->value(plan, "horizon_years") == FieldValue{});
    CHECK(planRecord->value(plan, "starts_on") == FieldValue{});

    const auto& profile = partnership::profile();
    auto row = records::findRecord(db, profile, partnership::kPartnershipId);
    REQUIRE(row.has_value());
    CHECK(row->value(profile, "name") == FieldValue{std::string()});
    CHECK(row->value(profile, "group_kind") == FieldValue{std::string("decision_making")});
    CHECK(row->value(profile, "population_served") == FieldValue{});
}

#pragma once

// A new project for the plan-store tests, with short ways to add records and
// read single values back behind the store's back.

#include "core/TestSupport.h"

#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace jointly::testing {

struct PlanProject {
    TempDir dir;
    std::string path = dir.file("Westshire.jointly");
    std::unique_ptr<project::Project> project;

    PlanProject() {
        auto created = project::Project::create(path, "Westshire Partnership");
        REQUIRE(created.ok());
        project = std::move(created.value());
    }

    storage::Database& db() { return project->database(); }

    std::int64_t add(const records::RecordKind& kind, const records::FieldValues& initial) {
        auto id = records::addRecord(*project, kind, initial);
        INFO(describe(id));
        REQUIRE(id.ok());
        return id.value();
    }

    void set(const records::RecordKind& kind, std::int64_t id, std::string_view column,
             records::FieldValue value) {
        auto status = records::setField(*project, kind, id, column, value);
        INFO(describe(status));
        REQUIRE(status.ok());
    }

    // One whole number from a query with one parameter, or nothing for NULL
    // or no row.
    std::optional<std::int64_t> queryNumber(const std::string& sql, std::int64_t parameter) {
        auto statement = db().prepare(sql);
        statement.bind(1, parameter);
        if (!statement.step()) {
            return std::nullopt;
        }
        return statement.optionalInt64(0);
    }

    std::string queryText(const std::string& sql, std::int64_t parameter) {
        auto statement = db().prepare(sql);
        statement.bind(1, parameter);
        return statement.step() ? statement.optionalText(0).value_or("(null)") : "(no row)";
    }
};

inline records::FieldValue text(const char* value) {
    return records::FieldValue{std::string(value)};
}

inline records::FieldValue number(std::int64_t value) {
    return records::FieldValue{value};
}

} // namespace jointly::testing

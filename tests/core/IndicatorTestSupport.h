#pragma once

// Helpers shared by the indicator import and export tests: a project to
// import into, the fixtures, and rows of a Fingertips file to break.

#include "core/TestSupport.h"

#include "needs/IndicatorColumns.h"
#include "needs/IndicatorImport.h"
#include "needs/NeedsKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jointly::testing {

inline std::string fixture(const std::string& name) {
    return std::string(JOINTLY_FIXTURES_DIR) + "/" + name;
}

// sha256sum tests/fixtures/fingertips-small.csv and fingertips-bom-crlf.csv.
inline constexpr const char* kSmallSha256 =
    "cc684ff75e024be12a4f6c5ba01ae828980b951f40ee93aa73ef05860c266650";
inline constexpr const char* kBomCrlfSha256 =
    "9a09eb4c524776f316a75a8b5ee96e000afaccd8e05a2afcda060f8f0eea8de5";

// Fingertips' own 26 columns, in the order its exports have them.
inline const std::string kFingertipsHeader =
    "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,"
    "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,"
    "Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
    "Compared to England value or percentiles,Compared to Region value or percentiles,"
    "Time period Sortable,New data,Compared to goal\n";

// Fingertips' first 24 columns hold the IndicatorFields in their own order,
// so a field's number is also its column's position in kFingertipsHeader.
using Change = std::pair<needs::IndicatorField, std::string>;

// One line of a Fingertips file (no field needs quotes).
inline std::string joined(const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        line += (i == 0 ? "" : ",") + fields[i];
    }
    return line + "\n";
}

// Kent's physically active adults for a period, as in fingertips-small.csv's
// row for 2021/22, with some fields changed.
inline std::string kentRow(const std::string& period, const std::string& periodKey,
                           std::initializer_list<Change> changes = {}) {
    std::vector<std::string> fields = {"93014",
                                       "Percentage of physically active adults",
                                       "E12000008",
                                       "South East region",
                                       "E10000016",
                                       "Kent",
                                       "Counties & UAs (from Apr 2023)",
                                       "Persons",
                                       "19+ yrs",
                                       "",
                                       "",
                                       period,
                                       "72.0",
                                       "69.1",
                                       "74.7",
                                       "67.2",
                                       "76.2",
                                       "720",
                                       "1000",
                                       "",
                                       "",
                                       "Better 95%",
                                       "Better 95%",
                                       periodKey,
                                       "",
                                       ""};
    for (const auto& [field, text] : changes) {
        fields[static_cast<std::size_t>(field)] = text;
    }
    return joined(fields);
}

// One live value as stored, found by indicator, area and sortable period.
struct StoredValue {
    std::string indicatorName, parentCode, parentName, areaName, areaType, sex, age, categoryType,
        category, period;
    std::optional<double> value, lower95, upper95, lower998, upper998, count, denominator;
    std::string valueNote, trend, comparedEngland, comparedParent;
    std::int64_t importId = 0;
};

inline std::optional<StoredValue> storedValue(storage::Database& db, const std::string& code,
                                              const std::string& area, std::int64_t periodKey) {
    auto statement = db.prepare(
        std::string("SELECT i.name, v.parent_code, v.parent_name, v.area_name, v.area_type, v.sex, "
                    "v.age, v.category_type, v.category, v.period, v.value, v.lower_95, "
                    "v.upper_95, v.lower_99_8, v.upper_99_8, v.count, v.denominator, "
                    "v.value_note, v.source_trend, v.source_compared_england, "
                    "v.source_compared_parent, v.import_id FROM indicator_value v JOIN indicator "
                    "i ON i.id = v.indicator_id WHERE i.source_code = ?1 AND v.area_code = ?2 "
                    "AND v.period_key = ?3 AND ") +
        needs::kLiveValue);
    statement.bind(1, code).bind(2, area).bind(3, periodKey);
    if (!statement.step()) {
        return std::nullopt;
    }
    auto real = [&](int column) -> std::optional<double> {
        if (statement.isNull(column)) {
            return std::nullopt;
        }
        return statement.real(column);
    };
    StoredValue v;
    v.indicatorName = statement.text(0);
    v.parentCode = statement.text(1);
    v.parentName = statement.text(2);
    v.areaName = statement.text(3);
    v.areaType = statement.text(4);
    v.sex = statement.text(5);
    v.age = statement.text(6);
    v.categoryType = statement.text(7);
    v.category = statement.text(8);
    v.period = statement.text(9);
    v.value = real(10);
    v.lower95 = real(11);
    v.upper95 = real(12);
    v.lower998 = real(13);
    v.upper998 = real(14);
    v.count = real(15);
    v.denominator = real(16);
    v.valueNote = statement.text(17);
    v.trend = statement.text(18);
    v.comparedEngland = statement.text(19);
    v.comparedParent = statement.text(20);
    v.importId = statement.int64(21);
    REQUIRE_FALSE(statement.step()); // one live value per key
    return v;
}

// A new project to import into, and ways to look at what it holds.
struct ImportFixture {
    TempDir dir;
    std::string path = dir.file("Kent.jointly");
    std::unique_ptr<project::Project> project;

    ImportFixture() { open(true); }

    void open(bool create = false) {
        project.reset();
        auto made = create ? project::Project::create(path, "Kent Health and Care Partnership")
                           : project::Project::open(path);
        INFO(describe(made));
        REQUIRE(made.ok());
        project = std::move(made.value());
    }

    storage::Database& db() { return project->database(); }

    // A CSV file written into the fixture's folder; returns its path.
    std::string csv(const std::string& name, const std::string& text) {
        auto at = dir.file(name);
        writeBytes(at, text);
        return at;
    }

    Outcome<needs::ImportReport> import(const std::string& csvPath,
                                        const needs::ImportOptions& options = {}) {
        return needs::importIndicators(*project, csvPath, options);
    }
    needs::ImportReport imported(const std::string& csvPath,
                                 const needs::ImportOptions& options = {}) {
        auto report = import(csvPath, options);
        INFO(describe(report));
        REQUIRE(report.ok());
        return report.value();
    }

    std::int64_t count(const std::string& sql) { return db().queryInt64(sql); }
    std::string text(const std::string& sql) {
        auto statement = db().prepare(sql);
        return statement.step() ? statement.text(0) : std::string("(no row)");
    }
    std::int64_t liveValues() {
        return count(std::string("SELECT count(*) FROM indicator_value v WHERE ") +
                     needs::kLiveValue);
    }
    std::int64_t visibleIndicators() { return records::countRecords(db(), needs::indicator()); }
    std::int64_t indicatorId(const std::string& code) {
        auto statement = db().prepare("SELECT id FROM indicator WHERE source_code = ?1");
        statement.bind(1, code);
        REQUIRE(statement.step());
        return statement.int64(0);
    }
    std::string polarity(const std::string& code) {
        auto statement = db().prepare("SELECT polarity FROM indicator WHERE source_code = ?1");
        statement.bind(1, code);
        return statement.step() ? statement.text(0) : std::string("(no indicator)");
    }
    std::int64_t polarityInferred(const std::string& code) {
        auto statement =
            db().prepare("SELECT polarity_inferred FROM indicator WHERE source_code = ?1");
        statement.bind(1, code);
        return statement.step() ? statement.int64(0) : -1;
    }

    // A live value's number, count or import; nothing when there is no
    // such live value.
    std::optional<double> valueAt(const std::string& code, const std::string& area,
                                  std::int64_t periodKey) {
        auto stored = storedValue(db(), code, area, periodKey);
        return stored ? stored->value : std::nullopt;
    }
    std::optional<double> countAt(const std::string& code, const std::string& area,
                                  std::int64_t periodKey) {
        auto stored = storedValue(db(), code, area, periodKey);
        return stored ? stored->count : std::nullopt;
    }
    std::int64_t importAt(const std::string& code, const std::string& area,
                          std::int64_t periodKey) {
        auto stored = storedValue(db(), code, area, periodKey);
        return stored ? stored->importId : -1;
    }

    // Nothing at all was written: no import, no value, no indicator, and
    // nothing to undo.
    void checkNothingImported() {
        CHECK(count("SELECT count(*) FROM indicator_import") == 0);
        CHECK(count("SELECT count(*) FROM indicator_value") == 0);
        CHECK(count("SELECT count(*) FROM indicator") == 0);
        CHECK_FALSE(project->canUndo());
    }
};

} // namespace jointly::testing

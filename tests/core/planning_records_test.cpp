#include "core/TestSupport.h"

#include "planning/PlanningKinds.h"
#include "project/Project.h"
#include "records/FieldInput.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

using namespace jointly;
using jointly::testing::TempDir;
using records::FieldValue;

namespace {

const records::FieldSpec& field(const records::RecordKind& kind, std::string_view column) {
    return kind.fields.at(static_cast<std::size_t>(records::fieldIndex(kind, column)));
}

std::string refusal(const records::FieldSpec& spec, std::string_view text) {
    auto result = records::parseInput(spec, text);
    INFO("text \"" << text << "\"");
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

FieldValue parsed(const records::FieldSpec& spec, std::string_view text) {
    auto result = records::parseInput(spec, text);
    INFO("text \"" << text << "\": " << jointly::testing::describe(result));
    REQUIRE(result.ok());
    return result.value();
}

} // namespace

TEST_CASE("financial years are typed as 2026/27 or 2026 and stored as the year they start",
          "[planning-records]") {
    const auto& year = field(planning::contribution(), "year");
    CHECK(parsed(year, "2026/27") == FieldValue{std::int64_t{2026}});
    CHECK(parsed(year, " 2026-27 ") == FieldValue{std::int64_t{2026}});
    CHECK(parsed(year, "2099/00") == FieldValue{std::int64_t{2099}});
    CHECK(parsed(year, "2030") == FieldValue{std::int64_t{2030}});
    CHECK(parsed(year, "") == FieldValue{});
    CHECK(records::formatValue(year, FieldValue{std::int64_t{2026}}) == "2026/27");
    CHECK(records::formatValue(year, FieldValue{std::int64_t{2099}}) == "2099/00");
    CHECK(refusal(year, "2026/28") ==
          "Financial year must be a financial year such as 2026/27; \"2026/28\" is not one.");
    CHECK(refusal(year, "next year") ==
          "Financial year must be a financial year such as 2026/27; \"next year\" is not one.");
    CHECK(records::validate(year, FieldValue{std::int64_t{999}}) ==
          "Financial year must be a financial year such as 2026/27.");
    CHECK(records::validate(year, FieldValue{std::int64_t{2026}}).empty());
}

TEST_CASE("decimals are stored exactly as hundredths, with their sign", "[planning-records]") {
    const auto& target = field(planning::measureTarget(), "target_hundredths");
    CHECK(parsed(target, "12.5") == FieldValue{std::int64_t{1250}});
    CHECK(parsed(target, "-3.25") == FieldValue{std::int64_t{-325}});
    CHECK(parsed(target, "2,263") == FieldValue{std::int64_t{226300}});
    CHECK(parsed(target, "0.01") == FieldValue{std::int64_t{1}});
    CHECK(records::formatValue(target, FieldValue{std::int64_t{226300}}) == "2,263.00");
    CHECK(records::formatValue(target, FieldValue{std::int64_t{-325}}) == "-3.25");
    CHECK(refusal(target, "1.234") ==
          "Target must be a number such as 12.5 or -3.25; \"1.234\" is not one.");
    CHECK(refusal(target, "£5") ==
          "Target must be a number such as 12.5 or -3.25; \"£5\" is not one.");
    CHECK(records::validate(target, FieldValue{std::int64_t{100'000'000'000'001}}) ==
          "Target must be a number between -1,000,000,000,000 and 1,000,000,000,000.");
}

TEST_CASE("a forecast may be an underspend, but other money may not be negative",
          "[planning-records]") {
    const auto& variance = field(planning::budgetForecast(), "variance_pence");
    CHECK(parsed(variance, "-25,000") == FieldValue{std::int64_t{-2'500'000}});
    CHECK(parsed(variance, "1,234.56") == FieldValue{std::int64_t{123'456}});
    const auto& amount = field(planning::contribution(), "amount_pence");
    CHECK(refusal(amount, "-25,000") == "Amount cannot be negative.");
}

TEST_CASE("an appraisal starts with a do-nothing option that cannot be deleted, and undo removes "
          "both",
          "[planning-records]") {
    TempDir dir;
    auto created = project::Project::create(dir.file("p.jointly"), "Northvale");
    REQUIRE(created.ok());
    auto& project = *created.value();
    auto priority = records::addRecord(project, planning::priority(),
                                       {{"name", FieldValue{std::string("Falls")}}});
    REQUIRE(priority.ok());
    auto appraisal = records::addRecord(project, planning::appraisal(),
                                        {{"priority_id", FieldValue{priority.value()}}});
    REQUIRE(appraisal.ok());
    CHECK(project.undoLabel() == "Add options appraisal");

    const auto& optionKind = planning::appraisalOption();
    auto options = records::listRecords(project.database(), optionKind);
    REQUIRE(options.size() == 1);
    CHECK(options[0].text(optionKind, "name") == "Do nothing / business as usual");
    CHECK(options[0].number(optionKind, "appraisal_id") == appraisal.value());
    CHECK(project.database().queryInt64("SELECT do_nothing FROM appraisal_option") == 1);

    auto refused = records::deleteRecord(project, optionKind, options[0].id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "The do-nothing option stays in every appraisal: the other options are judged "
          "against it. Rename it or describe it instead.");
    CHECK(records::countRecords(project.database(), optionKind) == 1);
    CHECK(project.undoLabel() == "Add options appraisal");

    // Another option can be deleted as usual.
    auto other = records::addRecord(project, optionKind,
                                    {{"appraisal_id", FieldValue{appraisal.value()}},
                                     {"name", FieldValue{std::string("Falls service")}}});
    REQUIRE(other.ok());
    REQUIRE(records::deleteRecord(project, optionKind, other.value()).ok());
    CHECK(project.undoLabel() == "Delete \u201C"
                                 "Falls service\u201D");

    // Deleting the appraisal takes its options and says so.
    CHECK(records::deletionDescription(project.database(), planning::appraisal(),
                                       appraisal.value()) ==
          "Delete \u201Cunnamed options appraisal\u201D with its 1 option");
    REQUIRE(records::deleteRecord(project, planning::appraisal(), appraisal.value()).ok());
    CHECK(records::countRecords(project.database(), optionKind) == 0);
    REQUIRE(project.undo().ok());
    CHECK(records::countRecords(project.database(), optionKind) == 1);

    // Undoing the addition (after the other option's add and delete) removes
    // the appraisal and its do-nothing option together.
    REQUIRE(project.undo().ok());
    REQUIRE(project.undo().ok());
    CHECK(project.undoLabel() == "Add options appraisal");
    REQUIRE(project.undo().ok());
    CHECK(records::countRecords(project.database(), planning::appraisal()) == 0);
    CHECK(records::countRecords(project.database(), optionKind) == 0);
    REQUIRE(project.redo().ok());
    CHECK(records::countRecords(project.database(), optionKind) == 1);
}

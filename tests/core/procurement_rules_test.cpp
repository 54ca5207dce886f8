#include "core/TestSupport.h"

#include "procurement/ConsiderableChange.h"
#include "procurement/ProcurementKinds.h"
#include "procurement/ProcurementReview.h"
#include "procurement/Thresholds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>

using namespace jointly;
using jointly::testing::TempDir;
using procurement::considerableChange;
using procurement::thresholdWarning;

namespace {

constexpr std::int64_t kPound = 100;

std::unique_ptr<project::Project> newProject(const std::string& path) {
    auto created = project::Project::create(path, "Westshire");
    REQUIRE(created.ok());
    return std::move(created.value());
}

std::int64_t added(project::Project& project, const records::RecordKind& kind,
                   const records::FieldValues& fields) {
    auto id = records::addRecord(project, kind, fields);
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("the Procurement Act's thresholds, including VAT, before and from 2026",
          "[procurement]") {
    const auto now = procurement::thresholdsOn("2026-01-01");
    CHECK(now.lightTouchPence == 663'540 * kPound);
    CHECK(now.subCentralPence == 207'720 * kPound);
    CHECK(now.centralPence == 135'018 * kPound);
    const auto before = procurement::thresholdsOn("2025-12-31");
    CHECK(before.subCentralPence == 214'904 * kPound);
    CHECK(before.centralPence == 139'688 * kPound);
    CHECK(before.lightTouchPence == 663'540 * kPound);
}

TEST_CASE("a value on the wrong side of a threshold for its regime is named", "[procurement]") {
    // £210,000 is above a council's threshold from 2026 (£207,720) but was
    // below it in 2025 (£214,904).
    CHECK_FALSE(thresholdWarning("act", "sub_central", 210'000 * kPound, "2026-03-01"));
    CHECK(thresholdWarning("act", "sub_central", 210'000 * kPound, "2025-12-01").value() ==
          "At £210,000 including VAT, this is below the threshold of £214,904 for a council's "
          "goods and services (before 1 January 2026), so the Act's full rules need not apply: "
          "it may be run below threshold.");
    // An NHS trust's £140,000 contract is above its £135,018 threshold.
    CHECK(thresholdWarning("below_threshold", "central", 140'000 * kPound, "2026-02-01")
              .value()
              .starts_with("At £140,000 including VAT, this is at or above the threshold of "
                           "£135,018 for a central government body's (NHS trusts among them) "
                           "goods and services"));
    CHECK(thresholdWarning("below_threshold", "sub_central", 700'000 * kPound, "2026-02-01")
              .value()
              .find("light-touch threshold of £663,540") != std::string::npos);
    CHECK_FALSE(thresholdWarning("below_threshold", "sub_central", 207'719 * kPound, "2026-02-01"));
    // Exactly at the threshold is at it.
    CHECK(thresholdWarning("below_threshold", "sub_central", 207'720 * kPound, "2026-02-01"));
    CHECK(thresholdWarning("act_light_touch", "sub_central", 663'539 * kPound, "2026-02-01"));
    CHECK_FALSE(thresholdWarning("act_light_touch", "sub_central", 663'540 * kPound, "2026-02-01"));
    // The PSR has no threshold, nor a grant.
    CHECK_FALSE(thresholdWarning("psr", "central", 1 * kPound, "2026-02-01"));
    CHECK_FALSE(thresholdWarning("none", "central", 1 * kPound, "2026-02-01"));
    CHECK(thresholdWarning("act", "central", std::nullopt, "2026-02-01")
              .value()
              .starts_with("Give the estimated value"));
}

TEST_CASE("the PSR's considerable change test for direct award C", "[procurement]") {
    // £2,000,000 to £2,600,000, decided by the authority: a rise of
    // £600,000, which is 30% of £2,000,000; both at least £500,000 and at
    // least 25%, so considerable.
    auto test = considerableChange(2'000'000 * kPound, 2'600'000 * kPound, true, false);
    CHECK(test.recorded);
    CHECK(test.considerable);
    CHECK(test.explanation ==
          "The lifetime value goes from £2,000,000.00 to £2,600,000.00, a rise of £600,000.00 "
          "(30.0%), at least £500,000 and at least 25%, and the change is attributable to the "
          "authority's decision: a considerable change.");
    // Exactly £500,000 and exactly 25% (of £2,000,000) is considerable.
    CHECK(considerableChange(2'000'000 * kPound, 2'500'000 * kPound, true, false).considerable);
    // One penny less is not.
    CHECK_FALSE(
        considerableChange(2'000'000 * kPound, 2'500'000 * kPound - 1, true, false).considerable);
    // £4,000,000 to £4,900,000: £900,000 but only 22.5%.
    test = considerableChange(4'000'000 * kPound, 4'900'000 * kPound, true, false);
    CHECK_FALSE(test.considerable);
    CHECK(test.explanation.find("(22.5%), under the £500,000 and 25%") != std::string::npos);
    // £1,000,000 to £1,400,000: 40% but only £400,000.
    CHECK_FALSE(
        considerableChange(1'000'000 * kPound, 1'400'000 * kPound, true, false).considerable);
    // The same rise not attributable to the authority is not.
    CHECK_FALSE(
        considerableChange(2'000'000 * kPound, 2'600'000 * kPound, false, false).considerable);
    // A fall in value is not a considerable change by value.
    CHECK_FALSE(
        considerableChange(2'600'000 * kPound, 1'000'000 * kPound, true, false).considerable);
    // A materially different arrangement is, whatever the values.
    test = considerableChange(std::nullopt, std::nullopt, false, true);
    CHECK(test.recorded);
    CHECK(test.considerable);
    // Without the values the test is not recorded yet.
    test = considerableChange(2'000'000 * kPound, std::nullopt, true, false);
    CHECK_FALSE(test.recorded);
    CHECK_FALSE(test.considerable);
    // Values near the top of what pence can hold do not overflow.
    CHECK(considerableChange(1, INT64_MAX, true, false).considerable);
}

TEST_CASE("direct award C is refused when the change is considerable, and nothing changes",
          "[procurement]") {
    TempDir dir;
    auto project = newProject(dir.file("p.jointly"));
    const auto& kind = procurement::procurement();
    const auto id = added(*project, kind,
                          {{"name", std::string("Frailty beds")},
                           {"regime", std::string("psr")},
                           {"route", std::string("psr_direct_c")},
                           {"current_value_pence", 2'000'000 * kPound},
                           {"change_by_authority", std::int64_t{1}}});
    // A rise of £400,000 (20%) is allowed.
    REQUIRE(records::setField(*project, kind, id, "value_pence", 2'400'000 * kPound).ok());
    // A rise of £600,000 (30%) is refused, with the test in words.
    auto refused = records::setField(*project, kind, id, "value_pence", 2'600'000 * kPound);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "Direct award process C cannot be used for \u201cFrailty beds\u201d: The lifetime value "
          "goes from £2,000,000.00 to £2,600,000.00, a rise of £600,000.00 (30.0%), at least "
          "£500,000 and at least 25%, and the change is attributable to the authority's "
          "decision: a considerable change. Use the most suitable provider process or the "
          "competitive process instead.");
    auto record = records::findRecord(project->database(), kind, id);
    CHECK(record->number(kind, "value_pence") == 2'400'000 * kPound);
    CHECK(project->undoLabel() == "Change estimated value (inc VAT) of Frailty beds");
    // The same value under the competitive process is fine; C is then refused.
    REQUIRE(records::setFields(
                *project, kind, id,
                {{"route", std::string("psr_competitive")}, {"value_pence", 2'600'000 * kPound}})
                .ok());
    CHECK_FALSE(records::setField(*project, kind, id, "route", std::string("psr_direct_c")).ok());
    CHECK(records::findRecord(project->database(), kind, id)->text(kind, "route") ==
          "psr_competitive");
    // Marked materially different, C is refused whatever the values.
    REQUIRE(records::setField(*project, kind, id, "value_pence", 2'000'000 * kPound).ok());
    REQUIRE(records::setField(*project, kind, id, "materially_different", std::int64_t{1}).ok());
    CHECK_FALSE(records::setField(*project, kind, id, "route", std::string("psr_direct_c")).ok());
    // Added as C with a considerable change, nothing is added.
    const auto before = records::countRecords(project->database(), kind);
    CHECK_FALSE(records::addRecord(*project, kind,
                                   {{"route", std::string("psr_direct_c")},
                                    {"materially_different", std::int64_t{1}}})
                    .ok());
    CHECK(records::countRecords(project->database(), kind) == before);
}

TEST_CASE("a tender notice is marked done only after the conflicts assessment is written",
          "[procurement]") {
    TempDir dir;
    auto project = newProject(dir.file("p.jointly"));
    const auto procurementId =
        added(*project, procurement::procurement(),
              {{"name", std::string("Falls service")}, {"route", std::string("open")}});
    REQUIRE(procurement::planMilestones(*project, procurementId, "2026-01-05").ok());
    CHECK(project->undoLabel() == "Plan the timeline of \u201cFalls service\u201d");
    const auto& kind = procurement::milestone();
    std::int64_t tenderNotice = 0;
    std::int64_t engagement = 0;
    for (const auto& record : records::listRecords(project->database(), kind)) {
        if (record.text(kind, "step") == "uk4") {
            tenderNotice = record.id;
        } else if (record.text(kind, "step") == "market_engagement") {
            engagement = record.id;
        }
    }
    REQUIRE(tenderNotice != 0);
    // Other milestones can be marked done at any time.
    REQUIRE(records::setField(*project, kind, engagement, "done", std::int64_t{1}).ok());
    auto refused = records::setField(*project, kind, tenderNotice, "done", std::int64_t{1});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.starts_with(
        "Write the conflicts assessment before marking \u201cTender notice (UK4)\u201d done: the "
        "Procurement Act 2023 (s.83) requires one before a tender or transparency notice is "
        "published"));
    CHECK(records::findRecord(project->database(), kind, tenderNotice)->number(kind, "done") == 0);
    // An empty line of the assessment is not an assessment.
    const auto entry =
        added(*project, procurement::conflictEntry(), {{"procurement_id", procurementId}});
    CHECK_FALSE(records::setField(*project, kind, tenderNotice, "done", std::int64_t{1}).ok());
    REQUIRE(records::setField(*project, procurement::conflictEntry(), entry, "interest",
                              std::string("None identified"))
                .ok());
    CHECK(records::setField(*project, kind, tenderNotice, "done", std::int64_t{1}).ok());
    // With a milestone done, the timeline is not laid out again over it.
    auto again = procurement::planMilestones(*project, procurementId, "2026-02-02");
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.find("marked done") != std::string::npos);
}

TEST_CASE("a procurement's review: value from the envelope, warnings and broken minimums",
          "[procurement]") {
    TempDir dir;
    auto project = newProject(dir.file("p.jointly"));
    const auto spec =
        added(*project, procurement::specification(), {{"name", std::string("Home care")}});
    for (std::int64_t year : {2026, 2027}) {
        added(*project, procurement::specificationBudget(),
              {{"specification_id", spec}, {"year", year}, {"amount_pence", 150'000 * kPound}});
    }
    const auto id = added(*project, procurement::procurement(),
                          {{"name", std::string("Home care")},
                           {"specification_id", spec},
                           {"regime", std::string("act_light_touch")},
                           {"route", std::string("open")}});
    auto review = procurement::reviewProcurement(project->database(), id, "2026-06-01");
    REQUIRE(review);
    // £300,000 from the two years of the envelope, below the light-touch
    // threshold of £663,540.
    CHECK(review->valuePence == 300'000 * kPound);
    CHECK(review->valueFromEnvelope);
    REQUIRE(review->warnings.size() == 1);
    CHECK(review->warnings[0].starts_with("At £300,000 including VAT, this is below the "
                                          "light-touch threshold of £663,540"));
    CHECK(review->milestones.empty());
    CHECK_FALSE(review->change);
    REQUIRE(procurement::planMilestones(*project, id, "2026-01-05").ok());
    review = procurement::reviewProcurement(project->database(), id, "2026-06-01");
    CHECK(review->milestones.size() == 15);
    CHECK(review->broken.empty());
    CHECK_FALSE(procurement::reviewProcurement(project->database(), id + 999, "2026-06-01"));
    // Undoing the timeline takes every milestone away in one step.
    REQUIRE(project->undo().ok());
    CHECK(records::countRecords(project->database(), procurement::milestone()) == 0);
}

TEST_CASE("the last written line of a conflicts assessment a published notice relied on is kept",
          "[procurement]") {
    TempDir dir;
    auto project = newProject(dir.file("p.jointly"));
    const auto procurementId =
        added(*project, procurement::procurement(), {{"name", std::string("Falls service")}});
    const auto entry =
        added(*project, procurement::conflictEntry(),
              {{"procurement_id", procurementId}, {"interest", std::string("None identified")}});
    const auto notice = added(*project, procurement::milestone(),
                              {{"procurement_id", procurementId},
                               {"step", std::string("uk4")},
                               {"done", std::int64_t{1}}});
    CHECK(notice != 0);
    auto refused = records::deleteRecord(*project, procurement::conflictEntry(), entry);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.starts_with("This is the only written line of a conflicts "
                                              "assessment"));
    // With another line written, it can go.
    added(*project, procurement::conflictEntry(),
          {{"procurement_id", procurementId}, {"person", std::string("Tom Bray")}});
    CHECK(records::deleteRecord(*project, procurement::conflictEntry(), entry).ok());
}

TEST_CASE("a procurement with a notice published is kept, so its ocid never names another "
          "process",
          "[procurement][ocds]") {
    TempDir dir;
    auto project = newProject(dir.file("p.jointly"));
    const auto draft =
        added(*project, procurement::procurement(), {{"name", std::string("Draft")}});
    const auto published =
        added(*project, procurement::procurement(), {{"name", std::string("Falls service")}});
    added(*project, procurement::conflictEntry(),
          {{"procurement_id", published}, {"interest", std::string("None identified")}});
    const auto notice = added(
        *project, procurement::milestone(),
        {{"procurement_id", published}, {"step", std::string("uk4")}, {"done", std::int64_t{1}}});
    // Published under ocds-xxxxxx-<id>: deleting it would let the next
    // procurement take the same id, and so the same ocid.
    auto refused = records::deleteRecord(*project, procurement::procurement(), published);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.starts_with(
        "This procurement has a notice marked published, so it is public under its OCDS ocid"));
    CHECK(project->database().queryInt64("SELECT count(*) FROM procurement") == 2);
    // A draft with nothing published goes; so does one whose notice was
    // marked done by mistake, once it is marked not done.
    CHECK(records::deleteRecord(*project, procurement::procurement(), draft).ok());
    REQUIRE(records::setField(*project, procurement::milestone(), notice, "done", std::int64_t{0})
                .ok());
    CHECK(records::deleteRecord(*project, procurement::procurement(), published).ok());
}

TEST_CASE("a direct award under the Act without its justification is warned of", "[procurement]") {
    TempDir dir;
    auto project = newProject(dir.file("p.jointly"));
    const auto id = added(*project, procurement::procurement(),
                          {{"name", std::string("Urgent placements")},
                           {"regime", std::string("act")},
                           {"route", std::string("direct_award")}});
    auto review = procurement::reviewProcurement(project->database(), id, "2026-06-01");
    REQUIRE(review);
    const auto unjustified = [&] {
        return std::count_if(review->warnings.begin(), review->warnings.end(),
                             [](const std::string& warning) {
                                 return warning.starts_with(
                                     "A direct award must be justified: the Procurement Act 2023 "
                                     "allows one only on the grounds of s.41 and Schedule 5");
                             });
    };
    CHECK(unjustified() == 1);
    REQUIRE(records::setField(*project, procurement::procurement(), id, "route_justification",
                              std::string("Extreme urgency: the provider left the market."))
                .ok());
    review = procurement::reviewProcurement(project->database(), id, "2026-06-01");
    CHECK(unjustified() == 0);
}

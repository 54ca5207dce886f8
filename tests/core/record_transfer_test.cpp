#include "core/ExampleCopy.h"
#include "core/TestSupport.h"

#include "baseline/ArchiveReading.h"
#include "baseline/Baselines.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "transfer/CopiedRecords.h"
#include "transfer/RecordTransfer.h"

#include <catch2/catch.hpp>

using namespace jointly;
using jointly::testing::exampleCopy;
using jointly::testing::TempDir;

namespace {

std::int64_t scoresOf(storage::Database& db, std::int64_t appraisal) {
    auto row = db.prepare("SELECT count(*) FROM appraisal_score s JOIN appraisal_option o ON "
                          "o.id = s.option_id WHERE o.appraisal_id = ?1");
    row.bind(1, appraisal);
    REQUIRE(row.step());
    return row.int64(0);
}

std::vector<records::Record> belongingTo(storage::Database& db, const records::RecordKind& kind,
                                         std::string_view column, std::int64_t id) {
    std::vector<records::Record> found;
    for (const auto& record : records::listRecords(db, kind)) {
        if (record.value(kind, column) == records::FieldValue{id}) {
            found.push_back(record);
        }
    }
    return found;
}

std::unique_ptr<project::Project> emptyProject(TempDir& dir, const std::string& file) {
    auto created = project::Project::create(dir.file(file), "Eastvale");
    REQUIRE(created.ok());
    return std::move(created.value());
}

// The copied records of an archive, changed and wrapped again: how a hostile
// file would hold them.
std::string changed(const std::string& archive,
                    const std::function<void(transfer::CopiedRecords&)>& change) {
    auto copied = baseline::readArchive<transfer::CopiedRecords>(
        archive, baseline::ArchiveContent::Records, "test");
    REQUIRE(copied.ok());
    change(copied.value());
    return baseline::writeArchive(baseline::ArchiveContent::Records, copied.value());
}

} // namespace

TEST_CASE("a partner organisation is copied with its members into another project, with new "
          "ids and its links kept, as one edit undone whole",
          "[transfer]") {
    TempDir dir;
    auto example = exampleCopy(dir);
    auto& from = example->database();
    // Westshire County Council (partner 1) has four members in the example:
    // Cllr Margaret Ellison, David Okafor, Helen Marsh and one more.
    const auto members = belongingTo(from, partnership::member(), "partner_id", 1);
    REQUIRE(members.size() == 4);
    CHECK(transfer::canCopy(partnership::partnerOrganisation()));
    CHECK_FALSE(transfer::canCopy(partnership::member()));
    const auto copied = transfer::copyRecords(from, partnership::partnerOrganisation(), 1);
    REQUIRE(copied.ok());
    CHECK(copied.value().rfind("JOINTLY-ARCHIVE 1 records ", 0) == 0);
    CHECK(transfer::describeCopied(copied.value()) ==
          "partner organisation \u201CWestshire County Council\u201D with 4 members, from "
          "Westshire Joint Commissioning Unit");

    auto target = emptyProject(dir, "Eastvale.jointly");
    auto& to = target->database();
    const auto pasted = transfer::pasteRecords(*target, copied.value());
    REQUIRE(pasted.ok());
    CHECK(pasted.value().label ==
          "Paste partner organisation \u201CWestshire County Council\u201D with 4 members");
    CHECK(pasted.value().unlinked.empty());
    CHECK(target->undoLabel() == pasted.value().label);
    const auto partner =
        records::findRecord(to, partnership::partnerOrganisation(), pasted.value().id);
    REQUIRE(partner);
    CHECK(records::nameOf(partnership::partnerOrganisation(), *partner) ==
          "Westshire County Council");
    // The contribution (£182,400,000.00) and fixed risk share (55%) came too.
    CHECK(partner->value(partnership::partnerOrganisation(), "annual_contribution_pence") ==
          records::FieldValue{std::int64_t{18'240'000'000}});
    const auto pastedMembers = belongingTo(to, partnership::member(), "partner_id", partner->id);
    REQUIRE(pastedMembers.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(records::nameOf(partnership::member(), pastedMembers[i]) ==
              records::nameOf(partnership::member(), members[i]));
    }

    // Undone, every record goes; redone, all come back.
    REQUIRE(target->undo().ok());
    CHECK(records::countRecords(to, partnership::partnerOrganisation()) == 0);
    CHECK(records::countRecords(to, partnership::member()) == 0);
    REQUIRE(target->redo().ok());
    CHECK(records::countRecords(to, partnership::member()) == 4);
}

TEST_CASE("an appraisal pasted into its own project is a copy with its options, criteria and "
          "scores; a link by name is found in another project, ignoring case, or refused",
          "[transfer]") {
    TempDir dir;
    auto example = exampleCopy(dir);
    auto& db = example->database();
    const auto optionsBefore = records::countRecords(db, planning::appraisalOption());
    const auto criteriaBefore = records::countRecords(db, planning::appraisalCriterion());
    const auto options = belongingTo(db, planning::appraisalOption(), "appraisal_id", 1);
    const auto criteria = belongingTo(db, planning::appraisalCriterion(), "appraisal_id", 1);
    const auto copied = transfer::copyRecords(db, planning::appraisal(), 1);
    REQUIRE(copied.ok());
    const auto pasted = transfer::pasteRecords(*example, copied.value());
    REQUIRE(pasted.ok());
    CHECK(pasted.value().label == "Paste options appraisal \u201CFalls prevention options, "
                                  "2026\u201D with 4 options and 4 criteria");
    // Exactly the options copied: no "do nothing" option added beside them.
    CHECK(options.size() == 4);
    CHECK(records::countRecords(db, planning::appraisalOption()) == optionsBefore + 4);
    CHECK(records::countRecords(db, planning::appraisalCriterion()) ==
          criteriaBefore + static_cast<std::int64_t>(criteria.size()));
    CHECK(scoresOf(db, pasted.value().id) == scoresOf(db, 1));
    CHECK(scoresOf(db, 1) > 0);

    // Into a project without the priority it serves: refused, nothing added.
    auto target = emptyProject(dir, "Eastvale.jointly");
    const auto refused = transfer::pasteRecords(*target, copied.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "The options appraisal's priority, \u201CPrevent falls among older people\u201D, is not "
          "in this project: add it first, then paste again. Nothing was pasted.");
    CHECK(records::countRecords(target->database(), planning::appraisal()) == 0);
    CHECK_FALSE(target->canUndo());
    // With a priority of that name, typed in other capitals, it is linked.
    const auto priority = records::addRecord(
        *target, planning::priority(), {{"name", std::string("prevent FALLS among older people")}});
    REQUIRE(priority.ok());
    const auto linked = transfer::pasteRecords(*target, copied.value());
    REQUIRE(linked.ok());
    const auto appraisal =
        records::findRecord(target->database(), planning::appraisal(), linked.value().id);
    REQUIRE(appraisal);
    CHECK(appraisal->value(planning::appraisal(), "priority_id") ==
          records::FieldValue{priority.value()});
}

TEST_CASE("a contract pasted where its partners, provider and services are missing says each "
          "link left empty and each part left out",
          "[transfer]") {
    TempDir dir;
    auto example = exampleCopy(dir);
    const auto copied = transfer::copyRecords(example->database(), procurement::contract(), 1);
    REQUIRE(copied.ok());
    auto target = emptyProject(dir, "Eastvale.jointly");
    const auto pasted = transfer::pasteRecords(*target, copied.value());
    REQUIRE(pasted.ok());
    // Contract 1 of the example: 4 years of values, 2 co-funders, 2 services
    // delivered and 3 KPIs (all owned by Gareth Lloyd).
    CHECK(pasted.value().label ==
          "Paste contract \u201CCommunity falls and frailty service 2027-2030\u201D with 4 years "
          "of contracts' values, 2 co-funders and 3 KPIs");
    CHECK(pasted.value().unlinked ==
          std::vector<std::string>{
              "The contract's provider, \u201CWestshire Community Health NHS Trust\u201D, is not "
              "in this project, so that link was left empty.",
              "The contract's procurement, \u201CCommunity falls and frailty service 2027\u201D, "
              "is not in this project, so that link was left empty.",
              "The contract's specification, \u201CCommunity falls and frailty service\u201D, is "
              "not in this project, so that link was left empty.",
              "The co-funder's partner, \u201CWestshire County Council\u201D, is not in this "
              "project, so that link was left empty.",
              "The co-funder's partner, \u201CNHS Westshire Integrated Care Board\u201D, is not "
              "in this project, so that link was left empty.",
              "One service delivered was not pasted: its service, \u201CCommunity falls response "
              "and rehabilitation\u201D, is not in this project.",
              "One service delivered was not pasted: its service, \u201CStrength and balance "
              "classes\u201D, is not in this project.",
              "The KPI's owner, \u201CGareth Lloyd\u201D, is not in this project, so that link "
              "was left empty.",
              "The KPI's owner, \u201CGareth Lloyd\u201D, is not in this project, so that link "
              "was left empty.",
              "The KPI's owner, \u201CGareth Lloyd\u201D, is not in this project, so that link "
              "was left empty."});
    auto& to = target->database();
    CHECK(records::countRecords(to, procurement::contractKpi()) == 3);
    CHECK(records::countRecords(to, procurement::contractService()) == 0);
    CHECK(records::countRecords(to, procurement::contractValue()) == 4);
}

TEST_CASE("damaged, hostile and wrong archives are refused with a sentence and the project is "
          "left as it was",
          "[transfer][damaged]") {
    TempDir dir;
    auto example = exampleCopy(dir);
    auto& db = example->database();
    const auto good = transfer::copyRecords(db, partnership::partnerOrganisation(), 1).value();
    const auto partners = records::countRecords(db, partnership::partnerOrganisation());
    const auto members = records::countRecords(db, partnership::member());
    const auto refusal = [&](const std::string& archive) {
        const auto pasted = transfer::pasteRecords(*example, archive);
        REQUIRE_FALSE(pasted.ok());
        CHECK(records::countRecords(db, partnership::partnerOrganisation()) == partners);
        CHECK(records::countRecords(db, partnership::member()) == members);
        return pasted.error().message;
    };
    CHECK(refusal("Westshire County Council\tLocal authority") ==
          "What was copied is not a Jointly archive: it may be damaged, or have been made by "
          "another program. It was not read.");
    // A baseline of the plan is not records.
    REQUIRE(baseline::freezePlan(*example, "March", "2026-03-26").ok());
    const auto partnersNow = records::countRecords(db, partnership::partnerOrganisation());
    CHECK(partnersNow == partners);
    auto plan = db.prepare("SELECT archive FROM baseline");
    REQUIRE(plan.step());
    CHECK(refusal(plan.text(0)).find("a baseline of the plan, not records") != std::string::npos);
    auto flipped = good;
    flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == 'A' ? 'B' : 'A';
    CHECK(refusal(flipped).find("its checksum does not match") != std::string::npos);
    CHECK(refusal(good.substr(0, good.size() / 2)).find("is cut short") != std::string::npos);

    // Well-formed archives holding what Jointly never copies.
    CHECK(refusal(changed(good, [](auto& copied) { copied.records.clear(); })) ==
          "What was copied is damaged (they do not start with a record Jointly copies). Nothing "
          "was pasted.");
    CHECK(refusal(changed(good, [](auto& copied) {
              copied.records[0].table = "baseline";
          })).find("do not start with a record Jointly copies") != std::string::npos);
    CHECK(refusal(changed(good, [](auto& copied) { copied.records[1].table = "risk"; })) ==
          "What was copied is damaged (a risk is not copied with a partner organisation). "
          "Nothing was pasted.");
    CHECK(refusal(changed(good, [](auto& copied) {
              copied.records[0].values.push_back({"id", 1, 5, {}, {}}); // a column no field has
          })).find("has a field \"id\" it cannot have") != std::string::npos);
    // A member whose partner is a record after it, or not copied at all.
    CHECK(refusal(changed(good, [](auto& copied) {
              for (auto& value : copied.records[1].values) {
                  if (value.column == "partner_id") {
                      value.number = 999;
                  }
              }
          })).find("a link points at a record not copied before it") != std::string::npos);
    CHECK(refusal(changed(good, [](auto& copied) {
              auto& values = copied.records[1].values;
              std::erase_if(values, [](const auto& value) { return value.column == "partner_id"; });
          })).find("does not belong to what was copied") != std::string::npos);
    // A value its field cannot hold: a money field given text.
    CHECK(refusal(changed(good, [](auto& copied) {
              for (auto& value : copied.records[0].values) {
                  if (value.column == "annual_contribution_pence") {
                      value.kind = 2;
                      value.text = "lots";
                  }
              }
          })).rfind("What was copied is damaged (", 0) == 0);
    CHECK(refusal(changed(good, [](auto& copied) {
              copied.records[0].values[0].kind = 9;
          })).find("a value is of a kind Jointly does not know") != std::string::npos);
}

#include "core/ExampleCopy.h"
#include "core/TestSupport.h"

#include "baseline/ArchiveEnvelope.h"
#include "baseline/Baselines.h"
#include "baseline/PlanComparison.h"
#include "planning/PlanningKinds.h"
#include "procurement/ContractKinds.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "util/Sha256.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace jointly;
using jointly::testing::exampleCopy;
using jointly::testing::readBytes;
using jointly::testing::TempDir;

namespace {

const baseline::MoneyChange* moneyLine(const baseline::PlanComparison& comparison,
                                       const std::string& section, const std::string& partner,
                                       std::int64_t year) {
    for (const auto& line : comparison.money) {
        if (line.section == section && line.partner == partner && line.year == year) {
            return &line;
        }
    }
    return nullptr;
}

// The example's snapshot, saved as the project keeps it.
std::string exampleArchive(TempDir& dir) {
    auto project = exampleCopy(dir);
    return baseline::saveSnapshot(
        baseline::takeSnapshot(project->database(), "Approved", "2026-03-26"));
}

// An archive's header made again around a changed payload, so only what the
// payload holds is wrong.
std::string rewrapped(const std::string& archive, const std::string& from, const std::string& to) {
    auto payload = archive.substr(archive.find('\n') + 1);
    const auto at = payload.find(from);
    REQUIRE(at != std::string::npos);
    payload.replace(at, from.size(), to);
    return baseline::wrapArchive(baseline::ArchiveContent::PlanBaseline, payload);
}

std::string refusal(const std::string& archive) {
    const auto loaded = baseline::loadSnapshot(archive, "The baseline \u201CApproved\u201D");
    REQUIRE_FALSE(loaded.ok());
    return loaded.error().message;
}

} // namespace

TEST_CASE("a baseline of the example goes round the archive unchanged", "[baseline]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    const auto snapshot = baseline::takeSnapshot(project->database(), "Approved", "2026-03-26");
    CHECK(snapshot.partnership == "Westshire Joint Commissioning Unit");
    // The example's 3 priorities and 44 allocations are among what it keeps.
    std::size_t priorities = 0;
    std::size_t allocations = 0;
    for (const auto& item : snapshot.items) {
        priorities += item.section == "Priorities" ? 1U : 0U;
        allocations += item.section == "Allocations" ? 1U : 0U;
    }
    CHECK(priorities == 3);
    CHECK(allocations == 44);
    const auto saved = baseline::saveSnapshot(snapshot);
    CHECK(saved.rfind("JOINTLY-ARCHIVE 1 plan-baseline ", 0) == 0);
    const auto loaded = baseline::loadSnapshot(saved, "The baseline");
    REQUIRE(loaded.ok());
    CHECK(loaded.value().name == "Approved");
    CHECK(loaded.value().takenOn == "2026-03-26");
    REQUIRE(loaded.value().items.size() == snapshot.items.size());
    CHECK(loaded.value().items[0].fields.size() == snapshot.items[0].fields.size());
    CHECK(baseline::saveSnapshot(loaded.value()) == saved);
    // Compared with itself, nothing differs.
    const auto same = baseline::comparePlans(loaded.value(), snapshot);
    CHECK(same.items.empty());
    CHECK(same.summary ==
          std::vector<std::string>{"No record of the plan has been added, removed or changed "
                                   "since the baseline."});
    for (const auto& line : same.money) {
        CHECK(line.difference == std::int64_t{0});
    }
}

TEST_CASE("freezing the plan, changing it and comparing, worked by hand to the penny",
          "[baseline]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    REQUIRE(baseline::freezePlan(*project, "Approved by the board", "2026-03-26").ok());
    CHECK(project->undoLabel() == "Freeze the plan as approved: \u201CApproved by the board\u201D");
    // Changes after approval: allocation 1 (£10,000,000.00) up £250,000.50;
    // a new contribution of £1,234.56 from Westshire Public Health in
    // 2026/27; the falls contract's 2030/31 value (£237,500.00, split 40%
    // to the council and 60% to the ICB: £95,000.00 and £142,500.00)
    // removed.
    REQUIRE(records::setField(*project, planning::allocation(), 1, "amount_pence",
                              std::int64_t{1'025'000'050})
                .ok());
    REQUIRE(records::addRecord(*project, planning::contribution(),
                               {{"partner_id", std::int64_t{3}},
                                {"year", std::int64_t{2026}},
                                {"line", std::string("Winter grant")},
                                {"amount_pence", std::int64_t{123'456}}})
                .ok());
    REQUIRE(records::deleteRecord(*project, procurement::contractValue(), 4).ok());

    const auto then = baseline::readBaseline(db, "approved BY the board");
    REQUIRE(then.ok());
    const auto comparison =
        baseline::comparePlans(then.value(), baseline::takeSnapshot(db, "now", "2026-12-02"));
    REQUIRE(comparison.items.size() == 3);
    // The same as the window and 'jointly compare' get it, with the
    // partnership's name for the page.
    const auto asShown = baseline::compareWithPlanNow(db, "approved BY the board");
    REQUIRE(asShown.ok());
    CHECK(asShown.value().items.size() == 3);
    CHECK(asShown.value().summary == comparison.summary);
    CHECK(asShown.value().partnership == "Westshire Joint Commissioning Unit");
    CHECK(comparison.items[0].section == "Contributions");
    CHECK(comparison.items[0].change == baseline::Change::Added);
    CHECK(comparison.items[1].section == "Allocations");
    CHECK(comparison.items[1].label == "Older people: prevention and falls, 2026/27");
    REQUIRE(comparison.items[1].fields.size() == 1);
    CHECK(comparison.items[1].fields[0].field == "Amount");
    CHECK(comparison.items[1].fields[0].before == "£10,000,000.00");
    CHECK(comparison.items[1].fields[0].after == "£10,250,000.50");
    CHECK(comparison.items[2].section == "Contract values");
    CHECK(comparison.items[2].label == "Community falls and frailty service 2027-2030, 2030/31");
    CHECK(comparison.items[2].change == baseline::Change::Removed);

    // 2026/27's allocations: lines 1 to 14 of westshire-plan.sql,
    // £10m + £40m + £90m + £5m + £25m + £50m + £20m + £40m + £10m + £15m
    // + £10m + £2m + £4.5m + £8m = £329,500,000.00; now £250,000.50 more.
    const auto* allocations = moneyLine(comparison, "Allocations", "", 2026);
    REQUIRE(allocations);
    CHECK(allocations->before == 32'950'000'000);
    CHECK(allocations->after == 32'975'000'050);
    CHECK(allocations->difference == std::int64_t{25'000'050});
    // Westshire Public Health's 2026/27: £16,000,000.00 and now £1,234.56 more.
    const auto* health = moneyLine(comparison, "Contributions", "Westshire Public Health", 2026);
    REQUIRE(health);
    CHECK(health->before == 1'600'000'000);
    CHECK(health->difference == std::int64_t{123'456});
    const auto* council =
        moneyLine(comparison, "Contract values", "Westshire County Council", 2030);
    const auto* icb =
        moneyLine(comparison, "Contract values", "NHS Westshire Integrated Care Board", 2030);
    REQUIRE((council && icb));
    CHECK(council->difference == std::int64_t{-9'500'000});
    CHECK(icb->difference == std::int64_t{-14'250'000});
    const auto* unchanged = moneyLine(comparison, "Allocations", "", 2027);
    REQUIRE(unchanged);
    CHECK(unchanged->difference == std::int64_t{0});
    CHECK(comparison.summary ==
          std::vector<std::string>{
              "Since the baseline, 1 record added, 1 record removed and 1 record changed.",
              // £150m + £32.4m + £120m + £11.6m + £16m of contributions in 2026/27.
              "Contributions in 2026/27: £330,001,234.56 now against £330,000,000.00 in the "
              "baseline, £1,234.56 more.",
              "Of which Westshire Public Health: £16,001,234.56 now against £16,000,000.00, "
              "£1,234.56 more.",
              "Allocations in 2026/27: £329,750,000.50 now against £329,500,000.00 in the "
              "baseline, £250,000.50 more.",
              "Contract values in 2030/31: £0.00 now against £237,500.00 in the baseline, "
              "£237,500.00 less.",
              "Of which NHS Westshire Integrated Care Board: £0.00 now against £142,500.00, "
              "£142,500.00 less.",
              "Of which Westshire County Council: £0.00 now against £95,000.00, £95,000.00 "
              "less."});

    // As a spreadsheet: money as plain pounds, text made safe.
    const auto csv = baseline::comparisonCsv(comparison);
    CHECK(csv.find("Allocations,All partners,2026/27,329500000.00,329750000.50,250000.50\r\n") !=
          std::string::npos);
    CHECK(
        csv.find("Contract values,Westshire County Council,2030/31,95000.00,0.00,-95000.00\r\n") !=
        std::string::npos);
    const auto html = baseline::comparisonHtml(comparison, "Westshire <JCU>");
    CHECK(html.find("Westshire &lt;JCU&gt;") != std::string::npos);
    CHECK(html.find("£10,000,000.00 \u2192 £10,250,000.50") != std::string::npos);
    const auto out = dir.file("comparison.csv");
    REQUIRE(baseline::writeComparison(comparison, "Westshire", out).ok());
    CHECK(readBytes(out) == csv);
    CHECK_FALSE(baseline::writeComparison(comparison, "Westshire", dir.file("c.pdf")).ok());
}

TEST_CASE("freezing refuses a name that is empty or taken; a baseline cannot be added empty; "
          "one not there is named with those that are",
          "[baseline]") {
    TempDir dir;
    auto project = exampleCopy(dir);
    auto& db = project->database();
    CHECK(baseline::freezePlan(*project, "  ", "2026-03-26").error().message ==
          "Give the baseline a name, such as \"Approved by the board, March 2026\".");
    REQUIRE(baseline::freezePlan(*project, "March", "2026-03-26").ok());
    CHECK(baseline::freezePlan(*project, "MARCH", "2026-04-01").error().message ==
          "There is already a baseline called \u201CMarch\u201D (taken on 2026-03-26): give "
          "this one another name.");
    const auto added =
        records::addRecord(*project, planning::baseline(), {{"name", std::string("By hand")}});
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.find("Freeze the plan as approved") != std::string::npos);
    CHECK(baseline::listBaselines(db).size() == 1);
    const auto missing = baseline::readBaseline(db, "April");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message ==
          "There is no baseline called \u201CApril\u201D; there is only \u201CMarch\u201D.");
    // Renamed, a baseline keeps a name of its own.
    const auto march = baseline::listBaselines(db).front().id;
    REQUIRE(baseline::freezePlan(*project, "April", "2026-04-01").ok());
    const auto clash =
        records::setField(*project, planning::baseline(), march, "name", std::string(" april"));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().message ==
          "There is already a baseline called \u201CApril\u201D: give this one another name.");
    CHECK_FALSE(
        records::setField(*project, planning::baseline(), march, "name", std::string("")).ok());
    REQUIRE(records::setField(*project, planning::baseline(), march, "note",
                              std::string("Approved by the board, 26 March"))
                .ok());
    CHECK(baseline::readBaseline(db, "2").ok());
    REQUIRE(project->undo().ok());
    REQUIRE(project->undo().ok());
    REQUIRE(project->undo().ok());
    CHECK(baseline::readBaseline(db, "March").error().message ==
          "This project has no baseline yet: freeze the plan as approved first.");
}

TEST_CASE("a damaged or hostile baseline archive is refused with a sentence, never read",
          "[baseline][damaged]") {
    TempDir dir;
    const auto good = exampleArchive(dir);
    const auto header = good.substr(0, good.find('\n'));
    const auto payload = good.substr(good.find('\n') + 1);
    const std::string what = "The baseline \u201CApproved\u201D";

    CHECK(refusal("PK\x03\x04 not ours") ==
          what + " is not a Jointly archive: it may be damaged, or have been made by another "
                 "program. It was not read.");
    CHECK(refusal("") == refusal("JOINTLY-ARCHIVE"));
    auto newer = good;
    newer.replace(0, 17, "JOINTLY-ARCHIVE 2");
    const auto newerLoad = baseline::loadSnapshot(newer, what);
    REQUIRE_FALSE(newerLoad.ok());
    CHECK(newerLoad.error().kind == ErrorKind::NewerVersion);
    CHECK(newerLoad.error().message == what + " was made by a newer version of Jointly (archive "
                                              "format 2): install the newer version to read it.");
    auto records = good;
    records.replace(18, 13, "records");
    CHECK(refusal(records) ==
          what + " holds records copied from a project, not a baseline of the plan.");
    // A length past the cap is refused before anything is allocated.
    CHECK(refusal("JOINTLY-ARCHIVE 1 plan-baseline 999999999999 " + std::string(64, 'a') + "\nx") ==
          what + " says it holds 999999999999 bytes, more than the 32 MB an "
                 "archive may hold. It was not read.");
    CHECK(refusal(good.substr(0, good.size() - 10)) ==
          what + " is cut short: it should hold " + std::to_string(payload.size()) +
              " bytes but holds " + std::to_string(payload.size() - 10) + ". It was not read.");
    CHECK(refusal(good + "extra").find("holds more than its header says") != std::string::npos);
    auto flipped = good;
    flipped[flipped.size() - 5] = flipped[flipped.size() - 5] == 'A' ? 'B' : 'A';
    CHECK(refusal(flipped) == what + " is damaged: its checksum does not match what it holds. "
                                     "It was not read.");

    // Boost's own signature claiming to be 66 GB long: refused before Boost
    // reads it (it would allocate that much).
    CHECK(refusal(baseline::wrapArchive(baseline::ArchiveContent::PlanBaseline,
                                        "66666666666 serialization::archive")) ==
          what + " is damaged: its header is whole but what it holds cannot be read. It was not "
                 "read.");
    // A whole header around a payload Boost cannot read.
    CHECK(refusal(baseline::wrapArchive(baseline::ArchiveContent::PlanBaseline,
                                        "22 serialization::archive 18 0 1 zz")) ==
          what + " is damaged: its header is whole but what it holds cannot be read. It was not "
                 "read.");
    // A newer Boost library, or a newer version of the snapshot's class.
    const auto newerBoost = baseline::loadSnapshot(
        rewrapped(good, "serialization::archive 18 ", "serialization::archive 99 "), what);
    REQUIRE_FALSE(newerBoost.ok());
    CHECK(newerBoost.error().kind == ErrorKind::NewerVersion);
    const auto newerClass = baseline::loadSnapshot(
        rewrapped(good, "serialization::archive 18 0 1 ", "serialization::archive 18 0 7 "), what);
    REQUIRE_FALSE(newerClass.ok());
    CHECK(newerClass.error().kind == ErrorKind::NewerVersion);
    // A text or a list claiming to be enormous: refused, not allocated.
    // The snapshot's name, "Approved", is its first text: 8 bytes.
    CHECK(refusal(rewrapped(good, "serialization::archive 18 0 1 8",
                            "serialization::archive 18 0 1 999999999999")) ==
          what + " holds a text longer than an archive may be. It was not read.");
    const auto items = payload.find("\n133 0 1 ");
    REQUIRE(items != std::string::npos);
    CHECK(refusal(rewrapped(good, "\n133 0 1 ", "\n99999999 0 1 ")) ==
          what + " holds a list longer than an archive may hold. It was not read.");
    CHECK(header.size() == 32 + std::to_string(payload.size()).size() + 1 + 64);

    // A record with two fields of one label (as a hostile archive may hold)
    // is the same as itself; the second "Amount" is compared with the second.
    baseline::PlanSnapshot doubled;
    doubled.items.push_back(
        {"Allocations", "allocation:1", "Falls", {{"Amount", "£1.00"}, {"Amount", "£2.00"}}});
    CHECK(baseline::comparePlans(doubled, doubled).items.empty());
    auto later = doubled;
    later.items[0].fields[1].value = "£3.00";
    const auto moved = baseline::comparePlans(doubled, later);
    REQUIRE(moved.items.size() == 1);
    REQUIRE(moved.items[0].fields.size() == 1);
    CHECK(moved.items[0].fields[0].before == "£2.00");
    CHECK(moved.items[0].fields[0].after == "£3.00");

    // A well-formed archive holding one record, or one year's money, twice
    // would compare wrongly with the plan: refused.
    auto twice = baseline::loadSnapshot(good, what).value();
    twice.items.push_back(twice.items.front());
    CHECK(refusal(baseline::saveSnapshot(twice)) ==
          what + " holds the same record twice. It was not read.");
    auto moneyTwice = baseline::loadSnapshot(good, what).value();
    moneyTwice.money.push_back(moneyTwice.money.back());
    CHECK(refusal(baseline::saveSnapshot(moneyTwice)) ==
          what + " holds the same money twice. It was not read.");
}

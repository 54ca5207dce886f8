#include "CliSupport.h"

#include <catch2/catch.hpp>

#include "partnership/PartnershipKinds.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <string>

using namespace jointly;
using jointly::cli_testing::Folder;
using Json = nlohmann::json;
using records::FieldValue;

namespace {

FieldValue text(const char* value) {
    return FieldValue{std::string(value)};
}

FieldValue number(std::int64_t value) {
    return FieldValue{value};
}

// A new project made by the command line, then filled through the core and
// closed again before the verbs read it.
struct PlanFolder {
    Folder folder;
    std::string path = (folder / "p.jointly").string();

    PlanFolder() { REQUIRE(folder.jointly("new p.jointly --name 'Westshire'").exitCode == 0); }

    void fill(const std::function<void(project::Project&)>& change) {
        auto opened = project::Project::open(path);
        REQUIRE(opened.ok());
        change(*opened.value());
    }

    Json run(const std::string& arguments) {
        auto run = folder.jointly(arguments);
        INFO(run.err);
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.empty());
        return Json::parse(run.out);
    }
};

std::int64_t add(project::Project& project, const records::RecordKind& kind,
                 const records::FieldValues& values) {
    auto id = records::addRecord(project, kind, values);
    INFO((id.ok() ? std::string() : id.error().message));
    REQUIRE(id.ok());
    return id.value();
}

std::int64_t partner(project::Project& project, const char* name) {
    return add(project, partnership::partnerOrganisation(), {{"name", text(name)}});
}

void contribute(project::Project& project, std::int64_t partnerId, std::int64_t year,
                const char* funding, std::int64_t pence) {
    add(project, planning::contribution(),
        {{"partner_id", number(partnerId)},
         {"year", number(year)},
         {"funding", text(funding)},
         {"amount_pence", number(pence)}});
}

// An appraisal of a priority with the do-nothing option and two more, on
// three criteria, each option scored from `scores` (one row per option).
void addAppraisal(project::Project& project, const char* priority, std::int64_t rank,
                  const std::vector<std::int64_t>& weights,
                  const std::vector<std::vector<std::int64_t>>& scores) {
    auto priorityId =
        add(project, planning::priority(), {{"name", text(priority)}, {"rank", number(rank)}});
    auto appraisal = add(project, planning::appraisal(),
                         {{"name", text("Options")}, {"priority_id", number(priorityId)}});
    auto statement = project.database().prepare(
        "SELECT id FROM appraisal_option WHERE appraisal_id = ?1 AND do_nothing = 1");
    statement.bind(1, appraisal);
    REQUIRE(statement.step());
    std::vector<std::int64_t> options = {statement.int64(0)};
    for (const char* name : {"Strength classes", "Home hazard checks"}) {
        options.push_back(add(project, planning::appraisalOption(),
                              {{"name", text(name)}, {"appraisal_id", number(appraisal)}}));
    }
    const char* names[] = {"Outcomes", "Cost", "Access"};
    std::vector<std::int64_t> criteria;
    for (std::size_t c = 0; c < 3; ++c) {
        criteria.push_back(add(project, planning::appraisalCriterion(),
                               {{"name", text(names[c])},
                                {"appraisal_id", number(appraisal)},
                                {"weight_bp", number(weights[c])}}));
    }
    for (std::size_t o = 0; o < 3; ++o) {
        for (std::size_t c = 0; c < 3; ++c) {
            REQUIRE(planning::setScore(project, options[o], criteria[c], scores[o][c]).ok());
        }
    }
}

} // namespace

TEST_CASE("appraisal prints each ranking with its sensitivity as JSON", "[cli][plan-store]") {
    PlanFolder f;
    f.fill([](project::Project& project) {
        // Totals: do nothing 44000 (4.40), strength 69000 (6.90), hazards
        // 68000 (6.80); raising Cost by more than 10/3 points (3.33) puts
        // hazards top.
        addAppraisal(project, "Falls prevention", 1, {5000, 3000, 2000},
                     {{2, 8, 5}, {8, 5, 7}, {7, 7, 6}});
        addAppraisal(project, "Carers", 2, {5000, 2500, 2000}, {{1, 1, 1}, {2, 2, 2}, {3, 3, 3}});
    });
    auto all = f.run("appraisal p.jointly");
    REQUIRE(all["appraisals"].size() == 2);
    const auto& falls = all["appraisals"][0];
    CHECK(falls["priority"] == "Falls prevention");
    CHECK(falls["scale"]["max"] == 10);
    CHECK(falls["criteria"][1]["name"] == "Cost");
    CHECK(falls["criteria"][1]["weight"]["basisPoints"] == 3000);
    CHECK(falls["criteria"][1]["weight"]["text"] == "30.00%");
    CHECK(falls["weights"]["sentence"] == "The weights add up to exactly 100%.");
    REQUIRE(falls["options"].size() == 3);
    CHECK(falls["options"][0]["name"] == "Strength classes");
    CHECK(falls["options"][0]["total"] == 69000);
    CHECK(falls["options"][0]["totalText"] == "6.90");
    CHECK(falls["options"][0]["rankText"] == "1");
    CHECK(falls["options"][1]["name"] == "Home hazard checks");
    CHECK(falls["options"][2]["name"] == "Do nothing / business as usual");
    CHECK(falls["options"][2]["doNothing"] == true);
    CHECK(falls["options"][2]["total"] == 44000);
    CHECK(falls["options"][2]["rank"] == 3);
    CHECK(falls["unranked"].empty());
    CHECK(falls["isFinal"] == true);
    const auto& sensitivity = falls["sensitivity"];
    CHECK(sensitivity["state"] == "analysed");
    CHECK(sensitivity["top"] == Json::array({"Strength classes"}));
    const auto& costRise = sensitivity["criteria"][1]["rise"];
    CHECK(costRise["outcome"] == "changes the top option");
    CHECK(costRise["points"]["numerator"] == 10);
    CHECK(costRise["points"]["denominator"] == 3);
    CHECK(costRise["points"]["text"] == "3.33");
    CHECK(costRise["weightAt"]["basisPoints"] == 3333);
    CHECK(costRise["newTop"] == Json::array({"Home hazard checks"}));
    // Strength's 8 on Outcomes at 50% contributes 40000, that is 4.00.
    const auto& strength = falls["contributionsByCriterion"][1];
    CHECK(strength["option"] == "Strength classes");
    CHECK(strength["byCriterion"][0]["weighted"] == 40000);
    CHECK(strength["byCriterion"][0]["text"] == "4.00");

    auto carers = f.run("appraisal p.jointly --priority Carers");
    REQUIRE(carers["appraisals"].size() == 1);
    const auto& c = carers["appraisals"][0];
    CHECK(c["priority"] == "Carers");
    CHECK(c["weights"]["total"]["basisPoints"] == 9500);
    CHECK(c["weights"]["sentence"] ==
          "The weights add up to 95.00%, 5.00 percentage points short of 100%.");
    CHECK(c["isFinal"] == false);
    CHECK_FALSE(c["notFinalReason"].get<std::string>().empty());
    CHECK(c["sensitivity"]["state"] == "weights not exact");
    CHECK(c["sensitivity"]["criteria"].empty());

    auto unknown = f.folder.jointly("appraisal p.jointly --priority Housing");
    CHECK(unknown.exitCode == 9);
    CHECK(unknown.out.empty());
    CHECK(unknown.err == "jointly: No options appraisal is for a priority called \"Housing\". "
                         "The priorities with an options appraisal are \"Falls prevention\" and "
                         "\"Carers\".\n");
    CHECK(f.folder.jointly("appraisal p.jointly --priority").exitCode == 2);
    CHECK(f.folder.jointly("appraisal missing.jointly").exitCode == 3);
}

TEST_CASE("pbma prints what a rise funds and what a fall cuts as JSON", "[cli][plan-store]") {
    PlanFolder f;
    f.fill([](project::Project& project) {
        REQUIRE(records::setField(project, planning::budgetSettings(), 1, "budget_base_year",
                                  number(2026))
                    .ok());
        auto council = partner(project, "Westshire County Council");
        auto icb = partner(project, "NHS Westshire ICB");
        // £100,000.00 in the base year; the later year does not count.
        contribute(project, council, 2026, "pooled", 6000000);
        contribute(project, icb, 2026, "aligned", 4000000);
        contribute(project, icb, 2027, "pooled", 99900000);
        for (auto [tier, pence] :
             {std::pair{"prevention", 2000000}, std::pair{"early_intervention", 3000000},
              std::pair{"intensive", 5000000}}) {
            add(project, planning::allocation(),
                {{"year", number(2026)}, {"tier", text(tier)}, {"amount_pence", number(pence)}});
        }
        const auto proposal = [&](const char* name, const char* kind, const char* tier,
                                  std::int64_t pence, std::int64_t benefit) {
            add(project, planning::proposal(),
                {{"name", text(name)},
                 {"kind", text(kind)},
                 {"tier", text(tier)},
                 {"amount_pence", number(pence)},
                 {"benefit", number(benefit)}});
        };
        // Benefit per pound: B 25/£1,000, A 30/£1,600 = 18.75/£1,000, C 10/£1,000.
        proposal("A", "invest", "intensive", 160000, 30);
        proposal("B", "invest", "prevention", 100000, 25);
        proposal("C", "invest", "early_intervention", 80000, 8);
        // Benefit lost per pound saved: D 5/£1,000, E 20/£1,000.
        proposal("D", "disinvest", "intensive", 200000, 10);
        proposal("E", "disinvest", "prevention", 100000, 20);
    });

    // +2.5% of £100,000.00 is £2,500.00: B (£1,000) fits, A (£1,600) does not
    // fit the £1,500 left, C (£800) does, leaving £700.00.
    auto rise = f.run("pbma p.jointly --budget-change 2.5");
    CHECK(rise["baseYear"] == "2026/27");
    CHECK(rise["base"]["pence"] == 10000000);
    CHECK(rise["base"]["text"] == "£100,000.00");
    CHECK(rise["change"]["basisPoints"] == 250);
    CHECK(rise["changeAmount"]["pence"] == 250000);
    REQUIRE(rise["rankedInvestments"].size() == 3);
    CHECK(rise["rankedInvestments"][0]["name"] == "B");
    CHECK(rise["rankedInvestments"][1]["name"] == "A");
    CHECK(rise["rankedInvestments"][2]["rank"] == 3);
    CHECK(rise["rankedDisinvestments"][0]["name"] == "D");
    REQUIRE(rise["funded"].size() == 2);
    CHECK(rise["funded"][0]["name"] == "B");
    CHECK(rise["funded"][1]["name"] == "C");
    CHECK(rise["unfunded"][0]["name"] == "A");
    CHECK(rise["fundedTotal"]["pence"] == 180000);
    CHECK(rise["unspent"]["text"] == "£700.00");
    CHECK(rise["disinvestments"].empty());
    // After: 2,100,000 / 3,080,000 / 5,000,000 of 10,180,000 are 2062.87,
    // 3025.54 and 4911.59 basis points; the two basis points left over go to
    // the largest remainders, prevention and intensive.
    const auto& after = rise["tierBalance"]["after"]["tiers"];
    CHECK(after[0]["spend"]["pence"] == 2100000);
    CHECK(after[0]["share"]["basisPoints"] == 2063);
    CHECK(after[1]["share"]["basisPoints"] == 3025);
    CHECK(after[2]["share"]["text"] == "49.12%");
    CHECK(rise["tierBalance"]["before"]["tiers"][2]["share"]["text"] == "50.00%");
    CHECK(rise["sentence"] == "A rise of 2.50% (£2,500.00) funds 2 of 3 investments costing "
                              "£1,800.00 a year, leaving £700.00 unspent.");

    // -1.5% is a £1,500.00 cut: D alone saves £2,000.00.
    auto fall = f.run("pbma p.jointly --budget-change -1.5%");
    CHECK(fall["change"]["basisPoints"] == -150);
    CHECK(fall["changeAmount"]["pence"] == -150000);
    CHECK(fall["funded"].empty());
    CHECK(fall["unfunded"].size() == 3);
    REQUIRE(fall["disinvestments"].size() == 1);
    CHECK(fall["disinvestments"][0]["name"] == "D");
    CHECK(fall["notNeeded"][0]["name"] == "E");
    CHECK(fall["cut"]["pence"] == 150000);
    CHECK(fall["saved"]["pence"] == 200000);
    CHECK(fall["cutMet"] == true);
    CHECK(fall["cutExceededBy"]["pence"] == 50000);
    CHECK(fall["tierBalance"]["after"]["tiers"][2]["spend"]["pence"] == 4800000);
    CHECK(fall["sentence"] == "A fall of 1.50% (£1,500.00) needs 1 disinvestment saving "
                              "£2,000.00 a year, £500.00 more than the cut.");

    CHECK(f.run("pbma p.jointly --budget-change +5%")["changeAmount"]["pence"] == 500000);
    auto bad = f.folder.jointly("pbma p.jointly --budget-change 2.555");
    CHECK(bad.exitCode == 9);
    CHECK(bad.err == "jointly: \"2.555\" is not a percentage. Write the change like 2.5, -10 or "
                     "+5%, with at most two decimals.\n");
    CHECK(f.folder.jointly("pbma p.jointly --budget-change -101").exitCode == 9);
    CHECK(f.folder.jointly("pbma p.jointly").exitCode == 2);
}

TEST_CASE("budget prints the reconciliation and the risk shares as JSON", "[cli][plan-store]") {
    PlanFolder f;
    std::int64_t council = 0;
    std::int64_t icb = 0;
    std::int64_t publicHealth = 0;
    f.fill([&](project::Project& project) {
        council = partner(project, "Westshire County Council");
        icb = partner(project, "NHS Westshire ICB");
        publicHealth = partner(project, "Westshire Public Health");
        contribute(project, icb, 2026, "pooled", 50000);
        contribute(project, council, 2026, "aligned", 50000);
        contribute(project, publicHealth, 2026, "pooled", 50000);
        contribute(project, council, 2027, "pooled", 70000);
        add(project, planning::allocation(),
            {{"year", number(2026)},
             {"line", text("Reablement")},
             {"amount_pence", number(160000)}});
        add(project, planning::budgetForecast(),
            {{"year", number(2026)}, {"variance_pence", number(100000)}});
        add(project, planning::savingsTarget(),
            {{"year", number(2026)}, {"amount_pence", number(50000)}});
        const auto joint = add(project, planning::savingsScheme(),
                               {{"name", text("Joint brokerage")}, {"joint", number(1)}});
        const auto own = add(project, planning::savingsScheme(),
                             {{"name", text("ICB equipment")},
                              {"joint", number(0)},
                              {"lead_partner_id", number(icb)}});
        add(project, planning::schemeSaving(),
            {{"scheme_id", number(joint)},
             {"year", number(2026)},
             {"planned_pence", number(10000)}});
        add(project, planning::schemeSaving(),
            {{"scheme_id", number(own)}, {"year", number(2026)}, {"planned_pence", number(2000)}});
    });
    auto budget = f.run("budget p.jointly --year 2026/27");
    CHECK(budget["year"] == "2026/27");
    REQUIRE(budget["partners"].size() == 3);
    CHECK(budget["partners"][0]["name"] == "Westshire County Council");
    CHECK(budget["partners"][0]["aligned"]["pence"] == 50000);
    CHECK(budget["partners"][0]["pooled"]["pence"] == 0);
    CHECK(budget["pooled"]["pence"] == 100000);
    CHECK(budget["contributed"]["text"] == "£1,500.00");
    CHECK(budget["allocated"]["pence"] == 160000);
    CHECK(budget["balance"]["pence"] == -10000);
    CHECK(budget["shortfall"]["text"] == "£100.00");
    CHECK(budget["headroom"]["pence"] == 0);
    CHECK(budget["sentence"] == "Allocations exceed contributions by £100.00 in 2026/27.");
    const auto& forecast = budget["forecast"];
    CHECK(forecast["variance"]["text"] == "£1,000.00");
    CHECK(forecast["riskShare"]["rule"] == "proportional");
    REQUIRE(forecast["shares"].size() == 3);
    CHECK(forecast["shares"][0]["partnerId"] == council);
    CHECK(forecast["shares"][0]["amount"]["pence"] == 33334);
    CHECK(forecast["shares"][1]["amount"]["pence"] == 33333);
    CHECK(forecast["shares"][2]["amount"]["pence"] == 33333);
    CHECK(forecast["shares"][2]["sentence"] ==
          "Westshire Public Health bears £333.33 of the £1,000.00 overspend in 2026/27.");
    CHECK(forecast["problem"] == "");
    // Savings: £100.00 of joint savings shared in proportion to equal
    // contributions (3,334p, 3,333p, 3,333p), plus the ICB's own £20.00.
    const auto& savings = budget["savings"];
    CHECK(savings["sharingRule"] == "proportional");
    CHECK(savings["planned"]["pence"] == 12000);
    CHECK(savings["target"]["pence"] == 50000);
    CHECK(savings["sentence"] == "Schemes plan £120.00 of savings in 2026/27 against a target "
                                 "of £500.00: £380.00 short.");
    REQUIRE(savings["partners"].size() == 3);
    CHECK(savings["partners"][0]["joint"]["pence"] == 3334);
    CHECK(savings["partners"][1]["partnerId"] == icb);
    CHECK(savings["partners"][1]["own"]["pence"] == 2000);
    CHECK(savings["partners"][1]["total"]["pence"] == 5333);
    CHECK(savings["problem"] == "");

    f.fill([&](project::Project& project) {
        REQUIRE(records::setField(project, partnership::agreement(), 1, "risk_share_rule",
                                  text("fixed"))
                    .ok());
        REQUIRE(records::setField(project, partnership::partnerOrganisation(), council,
                                  "fixed_risk_share_bp", number(6000))
                    .ok());
        REQUIRE(records::setField(project, partnership::partnerOrganisation(), icb,
                                  "fixed_risk_share_bp", number(3000))
                    .ok());
    });
    auto fixed = f.run("budget p.jointly --year 2026-27");
    const auto& refused = fixed["forecast"];
    CHECK(refused["riskShare"]["rule"] == "fixed");
    CHECK(refused["riskShare"]["fixedShares"][1]["share"]["text"] == "30.00%");
    CHECK(refused["shares"].empty());
    CHECK(refused["problem"] ==
          "The fixed risk shares add up to 90.00%, not 100.00%: 10.00% short.");

    auto later = f.run("budget p.jointly --year 2027/28");
    CHECK(later["headroom"]["pence"] == 70000);
    CHECK(later["forecast"].is_null());

    auto badYear = f.folder.jointly("budget p.jointly --year 2026/28");
    CHECK(badYear.exitCode == 9);
    CHECK(badYear.err.rfind("jointly: \"2026/28\" is not a financial year", 0) == 0);
    CHECK(f.folder.jointly("budget p.jointly").exitCode == 2);
    CHECK(f.folder.jointly("budget p.jointly --year 2026/27 --extra").exitCode == 2);
}

#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "planning/SavingsSplit.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>

using namespace jointly;
using jointly::testing::TempDir;

namespace {

std::int64_t add(project::Project& project, const records::RecordKind& kind,
                 const records::FieldValues& values) {
    auto id = records::addRecord(project, kind, values);
    INFO(jointly::testing::describe(id));
    REQUIRE(id.ok());
    return id.value();
}

struct Line {
    std::string name;
    std::int64_t joint;
    std::int64_t own;
    std::int64_t total;
};

std::vector<Line> lines(const planning::SavingsSplit& split) {
    std::vector<Line> result;
    for (const auto& partner : split.partners) {
        result.push_back(
            {partner.partnerName, partner.jointPence, partner.ownPence, partner.totalPence});
    }
    return result;
}

bool operator==(const Line& a, const Line& b) {
    return a.name == b.name && a.joint == b.joint && a.own == b.own && a.total == b.total;
}

} // namespace

namespace Catch {
template <> struct StringMaker<Line> {
    static std::string convert(const Line& line) {
        return "{" + line.name + ", " + std::to_string(line.joint) + ", " +
               std::to_string(line.own) + ", " + std::to_string(line.total) + "}";
    }
};
} // namespace Catch

TEST_CASE("joint savings are shared by the partnership's rule to the penny, and a partner's own "
          "schemes count for it alone",
          "[savings]") {
    TempDir dir;
    auto created = project::Project::create(dir.file("p.jointly"), "Westshire");
    REQUIRE(created.ok());
    auto& project = *created.value();
    const auto& partner = partnership::partnerOrganisation();
    const auto a =
        add(project, partner,
            {{"name", std::string("Council")}, {"fixed_risk_share_bp", std::int64_t{5000}}});
    const auto b = add(project, partner,
                       {{"name", std::string("ICB")}, {"fixed_risk_share_bp", std::int64_t{3000}}});
    const auto c =
        add(project, partner,
            {{"name", std::string("Public Health")}, {"fixed_risk_share_bp", std::int64_t{2000}}});
    // Contributions in 2026/27: £600, £300 and £100.
    for (auto [id, pence] : {std::pair{a, 60000}, std::pair{b, 30000}, std::pair{c, 10000}}) {
        add(project, planning::contribution(),
            {{"partner_id", id},
             {"year", std::int64_t{2026}},
             {"amount_pence", std::int64_t{pence}}});
    }
    add(project, planning::savingsTarget(),
        {{"year", std::int64_t{2026}}, {"amount_pence", std::int64_t{100000}}});
    add(project, planning::savingsTarget(),
        {{"year", std::int64_t{2026}}, {"amount_pence", std::int64_t{30000}}});
    // A joint scheme planning £1,000.01 (£500 realised so far), B's own
    // scheme £200, a scheme with no lead £50; and next year's, left out.
    const auto joint = add(project, planning::savingsScheme(),
                           {{"name", std::string("Joint brokerage")}, {"joint", std::int64_t{1}}});
    const auto own = add(project, planning::savingsScheme(),
                         {{"name", std::string("ICB equipment")},
                          {"joint", std::int64_t{0}},
                          {"lead_partner_id", b}});
    const auto nobody = add(project, planning::savingsScheme(),
                            {{"name", std::string("Unled")}, {"joint", std::int64_t{0}}});
    add(project, planning::schemeSaving(),
        {{"scheme_id", joint},
         {"year", std::int64_t{2026}},
         {"planned_pence", std::int64_t{100001}},
         {"realised_pence", std::int64_t{50000}}});
    add(project, planning::schemeSaving(),
        {{"scheme_id", joint},
         {"year", std::int64_t{2027}},
         {"planned_pence", std::int64_t{99900}}});
    add(project, planning::schemeSaving(),
        {{"scheme_id", own}, {"year", std::int64_t{2026}}, {"planned_pence", std::int64_t{20000}}});
    add(project, planning::schemeSaving(),
        {{"scheme_id", nobody},
         {"year", std::int64_t{2026}},
         {"planned_pence", std::int64_t{5000}}});

    const quantities::FinancialYear year{2026};
    auto setRule = [&](const char* rule) {
        REQUIRE(records::setField(project, planning::budgetSettings(), partnership::kPartnershipId,
                                  "savings_sharing_rule", std::string(rule))
                    .ok());
    };

    SECTION("in proportion to contributions") {
        auto split = planning::loadSavingsSplit(project.database(), year);
        REQUIRE(split.ok());
        const auto& s = split.value();
        CHECK(s.rule == "proportional");
        CHECK(s.targetPence == 130000);
        CHECK(s.plannedPence == 125001);
        CHECK(s.realisedPence == 50000);
        CHECK(s.jointPence == 100001);
        CHECK(s.unassignedPence == 5000);
        CHECK(s.sentence == "Schemes plan £1,250.01 of savings in 2026/27 against a target of "
                            "£1,300.00: £49.99 short.");
        CHECK(s.problem.empty());
        // 100001 x 60/100 = 60000.6, x 30/100 = 30000.3, x 10/100 = 10000.1:
        // 100000 in whole pence, the odd penny to the largest remainder (A).
        CHECK(lines(s) == std::vector<Line>{{"Council", 60001, 0, 60001},
                                            {"ICB", 30000, 20000, 50000},
                                            {"Public Health", 10000, 0, 10000}});
    }
    SECTION("by fixed shares") {
        setRule("fixed");
        auto split = planning::loadSavingsSplit(project.database(), year);
        REQUIRE(split.ok());
        // 50% 30% 20%: 50000.5, 30000.3, 20000.2; the penny to A.
        CHECK(lines(split.value()) == std::vector<Line>{{"Council", 50001, 0, 50001},
                                                        {"ICB", 30000, 20000, 50000},
                                                        {"Public Health", 20000, 0, 20000}});
        // Shares that do not add up: the joint savings are not shared, and
        // the reason says by how much they miss; own schemes still count.
        REQUIRE(
            records::setField(project, partner, c, "fixed_risk_share_bp", std::int64_t{1000}).ok());
        auto broken = planning::loadSavingsSplit(project.database(), year);
        REQUIRE(broken.ok());
        CHECK(broken.value().problem.find("90.00%") != std::string::npos);
        CHECK(lines(broken.value()) == std::vector<Line>{{"ICB", 0, 20000, 20000}});
    }
    SECTION("realised savings are shared by the same rule") {
        // A second joint scheme has realised one penny: £500.01 realised
        // jointly. 50001 x 60/100 = 30000.6, x 30/100 = 15000.3, x 10/100 =
        // 5000.1: 50000 in whole pence, the odd penny to the Council's .6.
        // The ICB's own scheme has realised nothing yet.
        const auto penny = add(project, planning::savingsScheme(),
                               {{"name", std::string("Penny scheme")}, {"joint", std::int64_t{1}}});
        add(project, planning::schemeSaving(),
            {{"scheme_id", penny},
             {"year", std::int64_t{2026}},
             {"planned_pence", std::int64_t{0}},
             {"realised_pence", std::int64_t{1}}});
        auto split = planning::loadSavingsSplit(project.database(), year,
                                                planning::SavingsMeasure::Realised);
        REQUIRE(split.ok());
        const auto& s = split.value();
        CHECK(s.realisedPence == 50001);
        CHECK(s.plannedPence == 125001);
        CHECK(s.jointPence == 50001);
        CHECK(s.unassignedPence == 0);
        CHECK(s.sentence == "Schemes have realised £500.01 of savings in 2026/27, of £1,250.01 "
                            "planned, against a target of £1,300.00: £799.99 short.");
        CHECK(lines(s) == std::vector<Line>{{"Council", 30001, 0, 30001},
                                            {"ICB", 15000, 0, 15000},
                                            {"Public Health", 5000, 0, 5000}});
    }
    SECTION("equally") {
        setRule("equal");
        auto split = planning::loadSavingsSplit(project.database(), year);
        REQUIRE(split.ok());
        // 100001 / 3 = 33333.67 each: 99999 in whole pence, the two pence
        // left to the first two (equal remainders and equal shares).
        CHECK(lines(split.value()) == std::vector<Line>{{"Council", 33334, 0, 33334},
                                                        {"ICB", 33334, 20000, 53334},
                                                        {"Public Health", 33333, 0, 33333}});
    }
    SECTION("a year with more planned than the target, and one with nothing") {
        add(project, planning::savingsTarget(),
            {{"year", std::int64_t{2027}}, {"amount_pence", std::int64_t{90000}}});
        auto next = planning::loadSavingsSplit(project.database(), quantities::FinancialYear{2027});
        REQUIRE(next.ok());
        CHECK(next.value().sentence == "Schemes plan £999.00 of savings in 2027/28 against a "
                                       "target of £900.00: £99.00 more than the target.");
        // Nobody contributes in 2027/28, so the joint savings cannot be shared.
        CHECK_FALSE(next.value().problem.empty());
        auto empty =
            planning::loadSavingsSplit(project.database(), quantities::FinancialYear{2030});
        REQUIRE(empty.ok());
        CHECK(empty.value().sentence == "Schemes plan £0.00 of savings in 2030/31 against a "
                                        "target of £0.00: exactly the target.");
        CHECK(empty.value().partners.empty());
    }
}

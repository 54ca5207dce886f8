#include "bcf/BcfKinds.h"
#include "bcf/CodeLists.h"
#include "bcf/ExpenditurePlan.h"
#include "bcf/PlanExport.h"
#include "core/TestSupport.h"
#include "partnership/PartnershipKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "sheets/XlsxReader.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace jointly;
using testing::TempDir;

namespace {

std::int64_t add(project::Project& project, const records::RecordKind& kind,
                 const records::FieldValues& values) {
    const auto added = records::addRecord(project, kind, values);
    INFO((added.ok() ? std::string() : added.error().message));
    REQUIRE(added.ok());
    return added.value();
}

std::int64_t scheme(project::Project& project, const std::string& reference,
                    const std::string& name, const std::string& type) {
    return add(project, bcf::bcfScheme(),
               {{"reference", reference}, {"name", name}, {"scheme_type", type}});
}

void spend(project::Project& project, std::int64_t schemeId, const std::string& area,
           const std::string& commissioner, const std::string& source, std::int64_t pence) {
    add(project, bcf::bcfExpenditure(),
        {{"scheme_id", schemeId},
         {"year", std::int64_t{2026}},
         {"area_of_spend", area},
         {"commissioner", commissioner},
         {"provider", std::string("Local Authority")},
         {"funding_source", source},
         {"amount_pence", pence}});
}

void income(project::Project& project, const std::string& source, std::int64_t pence,
            const std::string& district = {}) {
    add(project, bcf::bcfIncome(),
        {{"year", std::int64_t{2026}},
         {"source", source},
         {"district", district},
         {"amount_pence", pence}});
}

// A plan for 2026/27, worked by hand:
//   income: Minimum NHS Contribution £6,000,000.00; Local Authority Better
//   Care Grant £2,500,000.00; Disabled Facilities Grant £700,000.25 and
//   £500,000.25 (two districts): £9,700,000.50 in all.
//   spending: Home first, £2,500,000.00 on Social Care and £3,500,000.00 on
//   Community Health from the NHS minimum; Adaptations £1,200,000.50 from
//   the DFG; Carers £2,400,000.00 from the Better Care Grant, commissioned
//   jointly (40% NHS): £9,600,000.50 in all.
struct Filled {
    std::int64_t carers = 0; // the scheme
    std::int64_t year = 0;   // the year's settings
};

Filled fillPlan(project::Project& project) {
    income(project, "Minimum NHS Contribution", 600'000'000);
    income(project, "local authority better care grant", 250'000'000); // any case
    income(project, "Disabled Facilities Grant", 70'000'025, "Oakwold");
    income(project, "Disabled Facilities Grant", 50'000'025, "Fernley");
    const auto home = scheme(project, "S1", "Home first", "Home-based intermediate care services");
    spend(project, home, "Social Care", "la", "Minimum NHS Contribution", 250'000'000);
    spend(project, home, "Community Health", "nhs", "Minimum NHS Contribution", 350'000'000);
    const auto adaptations = scheme(project, "S2", "Adaptations", "DFG Related Schemes");
    spend(project, adaptations, "Social Care", "la", "Disabled Facilities Grant", 120'000'050);
    const auto carers = scheme(project, "S3", "=Carers", "Carers Services");
    add(project, bcf::bcfExpenditure(),
        {{"scheme_id", carers},
         {"year", std::int64_t{2026}},
         {"area_of_spend", std::string("Social Care")},
         {"commissioner", std::string("joint")},
         {"nhs_share_bp", std::int64_t{4000}},
         {"provider", std::string("Charity / Voluntary Sector")},
         {"funding_source", std::string("Local Authority Better Care Grant")},
         {"amount_pence", std::int64_t{240'000'000}}});
    const auto year =
        add(project, bcf::bcfYear(),
            {{"year", std::int64_t{2026}}, {"asc_minimum_pence", std::int64_t{260'000'000}}});
    return {carers, year};
}

std::unique_ptr<project::Project> newProject(TempDir& dir) {
    auto created = project::Project::create(dir.file("bcf.jointly"), "Westshire");
    REQUIRE(created.ok());
    return std::move(created).value();
}

} // namespace

TEST_CASE("the Better Care Fund's code lists are data files, one per planning year", "[bcf]") {
    REQUIRE(bcf::codeLists().size() >= 2);
    CHECK(bcf::yearsListed() == "2025/26 and 2026/27");
    const auto* list = bcf::codeListFor({2026});
    REQUIRE(list != nullptr);
    CHECK(list->file == "2026-27.json");
    CHECK(list->nhsMinimum == "Minimum NHS Contribution");
    CHECK(list->byDistrict == "Disabled Facilities Grant");
    CHECK(list->adultSocialCare == "Social Care");
    CHECK(list->incomeSources.size() == 5);
    CHECK(bcf::listed(list->schemeTypes, "  carers SERVICES ") == "Carers Services");
    CHECK_FALSE(bcf::listed(list->schemeTypes, "Carers").has_value());
    CHECK(bcf::codeListFor({2031}) == nullptr);
}

TEST_CASE("what is typed as a source, type, area, provider or source of funding must be on the "
          "year's list",
          "[bcf]") {
    TempDir dir;
    auto project = newProject(dir);
    const auto line = add(*project, bcf::bcfIncome(), {{"year", std::int64_t{2026}}});
    const auto refused =
        records::setField(*project, bcf::bcfIncome(), line, "source", std::string("NHS money"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message ==
          "\u201cNHS money\u201d is not a source of income in the Better Care Fund's 2026/27 "
          "planning template. Write Minimum NHS Contribution, Local Authority Better Care "
          "Grant, Disabled Facilities Grant, Additional LA Contribution or Additional NHS "
          "Contribution.");
    CHECK(records::setField(*project, bcf::bcfIncome(), line, "source",
                            std::string("disabled facilities grant"))
              .ok());
    // A year without a list takes anything; the plan's checks then say so.
    CHECK(records::setField(*project, bcf::bcfIncome(), line, "year", std::int64_t{2031}).ok());
    CHECK(records::setField(*project, bcf::bcfIncome(), line, "source", std::string("NHS money"))
              .ok());
    const auto type = add(*project, bcf::bcfScheme(), {});
    CHECK_FALSE(
        records::setField(*project, bcf::bcfScheme(), type, "scheme_type", std::string("Beds"))
            .ok());
    const auto spending =
        add(*project, bcf::bcfExpenditure(), {{"scheme_id", type}, {"year", std::int64_t{2026}}});
    const auto area = records::setField(*project, bcf::bcfExpenditure(), spending, "area_of_spend",
                                        std::string("Hospital"));
    REQUIRE_FALSE(area.ok());
    CHECK(area.error().message.find("is not an area of spend") != std::string::npos);
    CHECK_FALSE(records::setField(*project, bcf::bcfExpenditure(), spending, "provider",
                                  std::string("Anyone"))
                    .ok());
}

TEST_CASE("a year's plan is checked to the penny: in all, source by source, and the NHS "
          "minimum to adult social care",
          "[bcf]") {
    TempDir dir;
    auto project = newProject(dir);
    const auto filled = fillPlan(*project);
    auto plan = bcf::loadExpenditurePlan(project->database(), {2026});
    REQUIRE(plan.ok());
    CHECK(plan.value().incomePence == 970'000'050);
    CHECK(plan.value().spendingPence == 960'000'050);
    // Only the £2,500,000.00 of Home first is both from the NHS minimum and
    // on social care.
    CHECK(plan.value().ascSpendPence == 250'000'000);
    // The source as the list writes it, though typed in small letters.
    CHECK(plan.value().income[1].source == "Local Authority Better Care Grant");
    std::vector<std::string> sentences;
    for (const auto& check : plan.value().checks) {
        sentences.push_back((check.met ? "met: " : "not met: ") + check.sentence);
    }
    CHECK(sentences ==
          std::vector<std::string>{
              "not met: Planned spending of £9,600,000.50 is £100,000.00 less than the income "
              "of £9,700,000.50 in 2026/27.",
              "not met: Local Authority Better Care Grant: planned spending of £2,400,000.00 is "
              "£100,000.00 less than the £2,500,000.00 it brings in.",
              "not met: The NHS minimum contribution to adult social care is not met: Minimum "
              "NHS Contribution spent on Social Care comes to £2,500,000.00, £100,000.00 short "
              "of £2,600,000.00."});
    CHECK_FALSE(plan.value().allMet());

    // £100,000.00 more for carers from the grant, and the minimum at exactly
    // what is spent: every check met.
    spend(*project, filled.carers, "Social Care", "la", "Local Authority Better Care Grant",
          10'000'000);
    auto& db = project->database();
    REQUIRE(records::setField(*project, bcf::bcfYear(), filled.year, "asc_minimum_pence",
                              std::int64_t{250'000'000})
                .ok());
    plan = bcf::loadExpenditurePlan(db, {2026});
    REQUIRE(plan.ok());
    CHECK(plan.value().allMet());
    REQUIRE(plan.value().checks.size() == 2);
    CHECK(plan.value().checks[0].sentence ==
          "Planned spending equals income: £9,700,000.50 each in 2026/27.");
    CHECK(plan.value().checks[1].sentence ==
          "The NHS minimum contribution to adult social care is met: Minimum NHS Contribution "
          "spent on Social Care comes to £2,500,000.00, against £2,500,000.00.");

    const auto none = bcf::loadExpenditurePlan(db, {2030});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message == "Jointly has the Better Care Fund's code lists for 2025/26 "
                                  "and 2026/27, not for 2030/31. Choose one of those years.");
}

TEST_CASE("a line missing its codes, or joint without the NHS share, is named in the checks",
          "[bcf]") {
    TempDir dir;
    auto project = newProject(dir);
    const auto id = scheme(*project, "S9", "Night sitting", "Other");
    add(*project, bcf::bcfExpenditure(),
        {{"scheme_id", id},
         {"year", std::int64_t{2026}},
         {"commissioner", std::string("joint")},
         {"amount_pence", std::int64_t{100}}});
    const auto plan = bcf::loadExpenditurePlan(project->database(), {2026});
    REQUIRE(plan.ok());
    std::vector<std::string> lines;
    for (std::size_t i = 2; i < plan.value().checks.size(); ++i) {
        lines.push_back(plan.value().checks[i].sentence);
    }
    CHECK(lines == std::vector<std::string>{
                       "The line of \u201cNight sitting\u201d (S9) has no area of spend.",
                       "The line of \u201cNight sitting\u201d (S9) has no provider.",
                       "The line of \u201cNight sitting\u201d (S9) has no source of funding.",
                       "The line of \u201cNight sitting\u201d (S9) is commissioned jointly: give "
                       "the NHS's share (the council's is the rest).",
                       "The line of \u201cNight sitting\u201d (S9) is of the type Other: say what "
                       "it is."});
}

TEST_CASE("the plan is exported in the planning template's columns, as XLSX read back cell by "
          "cell and as CSV safe from formulas",
          "[bcf][sheets]") {
    TempDir dir;
    auto project = newProject(dir);
    fillPlan(*project);
    const auto path = dir.file("bcf.xlsx");
    const auto written = bcf::exportExpenditurePlan(project->database(), {2026}, path);
    REQUIRE(written.ok());
    const auto book = sheets::readXlsx(path);
    REQUIRE(book.ok());
    REQUIRE(book.value().size() == 3);
    const auto& spending = book.value()[1];
    CHECK(spending.name == "Expenditure");
    std::vector<std::string> headings;
    for (const auto& cell : spending.rows[0]) {
        headings.push_back(cell.text);
    }
    CHECK(headings == std::vector<std::string>{
                          "Scheme ID", "Scheme Name", "Brief Description of Scheme", "Scheme Type",
                          "Sub Types", "Please specify if 'Scheme Type' is 'Other'",
                          "Planned Outputs", "Units", "Area of Spend", "Commissioner",
                          "% NHS (if Joint Commissioner)", "% LA (if Joint Commissioner)",
                          "Provider", "Source of Funding", "Expenditure (£) 2026/27",
                          "New/ Existing Scheme"});
    REQUIRE(spending.rows.size() == 5);
    // Ordered by scheme ID: S3, the carers, last; joint at 40% NHS, 60% LA;
    // its name kept as text, never a formula.
    const auto& carers = spending.rows[4];
    CHECK(carers[0].text == "S3");
    CHECK(carers[1].type == sheets::ReadType::Text);
    CHECK(carers[1].text == "=Carers");
    CHECK(carers[9].text == "Joint");
    CHECK(carers[10].text == "0.4");
    CHECK(carers[11].text == "0.6");
    CHECK(carers[14].type == sheets::ReadType::Number);
    CHECK(carers[14].text == "2400000");
    CHECK(carers[15].text == "New");
    CHECK(spending.rows[3][14].text == "1200000.5");
    const auto& income = book.value()[0];
    CHECK(income.rows.size() == 5);
    CHECK(income.rows[3][2].text == "Oakwold");
    CHECK(income.rows[3][3].text == "700000.25");
    CHECK(book.value()[2].rows[1][0].text == "No");

    const auto csvPath = dir.file("bcf.csv");
    REQUIRE(bcf::exportExpenditurePlan(project->database(), {2026}, csvPath).ok());
    std::ifstream in(csvPath, std::ios::binary);
    std::stringstream csv;
    csv << in.rdbuf();
    CHECK(csv.str().find("S3,'=Carers,,Carers Services,,,,,Social Care,Joint,40.00%,60.00%,"
                         "Charity / Voluntary Sector,Local Authority Better Care Grant,"
                         "2400000.00,New\r\n") != std::string::npos);
    CHECK(csv.str().find("Disabled Facilities Grant,,Oakwold,700000.25,\r\n") != std::string::npos);

    CHECK_FALSE(bcf::exportExpenditurePlan(project->database(), {2026}, dir.file("bcf.ods")).ok());
}

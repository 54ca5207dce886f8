#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "procurement/ContractKinds.h"
#include "procurement/ContractRegister.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <catch2/catch.hpp>
#include <limits>

#include <memory>
#include <string>

using namespace jointly;
using jointly::testing::TempDir;
using procurement::addMonths;
using records::FieldValue;

namespace {

struct Register {
    TempDir dir;
    std::unique_ptr<project::Project> project;
    std::int64_t contract = 0;
    std::int64_t council = 0;
    std::int64_t icb = 0;

    std::int64_t add(const records::RecordKind& kind, const records::FieldValues& fields) {
        auto id = records::addRecord(*project, kind, fields);
        REQUIRE(id.ok());
        return id.value();
    }

    Register() {
        auto created = project::Project::create(dir.file("p.jointly"), "Westshire");
        REQUIRE(created.ok());
        project = std::move(created.value());
        council =
            add(partnership::partnerOrganisation(), {{"name", FieldValue{std::string("Council")}}});
        icb = add(partnership::partnerOrganisation(), {{"name", FieldValue{std::string("ICB")}}});
        contract = add(procurement::contract(),
                       {{"name", FieldValue{std::string("Falls")}},
                        {"ends_on", FieldValue{std::string("2030-06-30")}},
                        {"notice_months", FieldValue{std::int64_t{6}}},
                        {"extension_decision_on", FieldValue{std::string("2029-09-30")}},
                        {"at_risk_bp", FieldValue{std::int64_t{500}}}});
        add(procurement::contractFunder(), {{"contract_id", contract},
                                            {"partner_id", council},
                                            {"share_bp", FieldValue{std::int64_t{4000}}}});
        add(procurement::contractFunder(), {{"contract_id", contract},
                                            {"partner_id", icb},
                                            {"share_bp", FieldValue{std::int64_t{6000}}}});
    }

    procurement::ContractSummary summary(const char* today = "2026-12-01", int months = 6) {
        auto all = procurement::contractRegister(project->database(), today, months);
        REQUIRE(all.size() == 1);
        return all.front();
    }
};

} // namespace

TEST_CASE("calendar months added and taken away, the day kept where the month has it",
          "[contracts]") {
    CHECK(addMonths("2030-06-30", -6) == "2029-12-30");
    CHECK(addMonths("2029-08-31", -6) == "2029-02-28");
    CHECK(addMonths("2028-08-31", -6) == "2028-02-29"); // a leap year
    CHECK(addMonths("2026-01-31", 1) == "2026-02-28");
    CHECK(addMonths("2026-12-01", 6) == "2027-06-01");
    CHECK(addMonths("2026-11-15", 14) == "2028-01-15");
    CHECK(addMonths("2026-02-30", 1).empty());
    CHECK(addMonths("soon", 1).empty());
    // A damaged file's notice period: no date, and no overflow.
    CHECK(addMonths("2030-06-30", -600) == "1980-06-30");
    CHECK(addMonths("2030-06-30", std::numeric_limits<std::int64_t>::min()).empty());
    CHECK(addMonths("2030-06-30", std::numeric_limits<std::int64_t>::max()).empty());
    CHECK(addMonths("2030-06-30", 12 * 400 + 1).empty());
}

TEST_CASE("each year's value is split between the co-funders to the penny", "[contracts]") {
    Register book;
    // £712,500.01 at 40% and 60%: exactly 28,500,000.4p and 42,750,000.6p.
    // Each first gets the whole pence, 28,500,000 and 42,750,000; the penny
    // left goes to the larger remainder, the ICB's 0.6.
    book.add(procurement::contractValue(),
             {{"contract_id", book.contract},
              {"year", FieldValue{std::int64_t{2027}}},
              {"amount_pence", FieldValue{std::int64_t{71'250'001}}}});
    book.add(procurement::contractValue(),
             {{"contract_id", book.contract},
              {"year", FieldValue{std::int64_t{2028}}},
              {"amount_pence", FieldValue{std::int64_t{95'000'000}}}});
    auto contract = book.summary();
    REQUIRE(contract.years.size() == 2);
    CHECK(contract.years[0].byFunder == std::vector<std::int64_t>{28'500'000, 42'750'001});
    CHECK(contract.years[1].byFunder == std::vector<std::int64_t>{38'000'000, 57'000'000});
    CHECK(contract.totalPence == 166'250'001);
    // 5% of £1,662,500.01 at risk is 8,312,500.05p: 8,312,500p.
    CHECK(contract.atRiskPence == 8'312'500);
    CHECK(contract.sharesBp == 10000);
    CHECK(contract.warnings ==
          std::vector<std::string>{"No KPI yet: the monitoring stage has nothing to measure."});

    SECTION("shares that do not add up to 100% split nothing") {
        auto funders =
            records::listRecords(book.project->database(), procurement::contractFunder());
        REQUIRE(records::setField(*book.project, procurement::contractFunder(), funders[1].id,
                                  "share_bp", FieldValue{std::int64_t{5500}})
                    .ok());
        contract = book.summary();
        CHECK(contract.years[0].byFunder.empty());
        CHECK(contract.warnings.front() ==
              "The co-funders' shares add up to 95.00%, not exactly 100%, so the value is not "
              "split between them.");
    }
}

TEST_CASE("a notice date or extension decision within the months chosen is an alert",
          "[contracts]") {
    Register book;
    // Six months' notice before 30 June 2030: by 30 December 2029.
    auto contract = book.summary();
    CHECK(contract.noticeBy == "2029-12-30");
    CHECK(contract.alerts.empty());
    // On 15 July 2029, six months ahead is 15 January 2030: the extension
    // decision (30 September, 16 + 31 + 30 = 77 days away) and the notice
    // (30 December, 77 + 31 + 30 + 30 = 168 days away) are both due.
    contract = book.summary("2029-07-15", 6);
    REQUIRE(contract.alerts.size() == 2);
    CHECK(contract.alerts[0].what == "notice");
    CHECK(contract.alerts[0].daysAway == 168);
    CHECK(contract.alerts[0].sentence ==
          "Notice on \u201cFalls\u201d must be given by Sunday 30 December 2029, in 168 days.");
    CHECK(contract.alerts[1].sentence == "The extension of \u201cFalls\u201d must be decided by "
                                         "Sunday 30 September 2029, in 77 days.");
    // Three months ahead reaches only the extension decision.
    CHECK(book.summary("2029-07-15", 3).alerts.size() == 1);
    // After the notice date, while the contract runs, it has passed.
    contract = book.summary("2030-01-02", 6);
    REQUIRE(contract.alerts.size() == 2);
    CHECK(contract.alerts[0].daysAway == -3);
    CHECK(contract.alerts[0].sentence ==
          "The date to give notice on \u201cFalls\u201d passed on Sunday 30 December 2029.");
    // Once the contract has ended, nothing is due.
    CHECK(book.summary("2030-07-01", 6).alerts.empty());
}

#include "core/OcdsValidator.h"
#include "core/RandomProcurements.h"
#include "core/TestSupport.h"

#include "procurement/OcdsExport.h"
#include "procurement/OcdsIdentifiers.h"
#include "procurement/ProcurementKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "util/ExactJson.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <limits>
#include <string>

using namespace jointly;
using jointly::testing::TempDir;
using Json = nlohmann::json;

namespace {

const std::filesystem::path kOcds = std::filesystem::path(JOINTLY_FIXTURES_DIR) / "ocds";

// The extensions the export declares, as folders of tests/fixtures/ocds.
const OcdsValidator& validator() {
    static const OcdsValidator instance(
        kOcds, {"metrics", "budget_breakdown", "lots", "awardCriteria", "uk"});
    return instance;
}

std::string faultsOf(const Json& package) {
    std::string all;
    for (const auto& fault : validator().validatePackage(package)) {
        all += fault + "\n";
    }
    return all;
}

procurement::OcdsOptions options(const char* prefix = "ocds-test01") {
    procurement::OcdsOptions chosen;
    chosen.prefix = prefix;
    chosen.publishedAt = "2026-12-01T09:00:00Z";
    chosen.asAt = "2026-12-01";
    return chosen;
}

// A release package that meets every rule, to break one rule at a time.
Json minimalPackage() {
    auto package = Json::parse(R"({
      "uri": "urn:ocds-test01:1", "version": "1.1", "publishedDate": "2026-12-01T09:00:00Z",
      "publisher": {"name": "Westshire"},
      "extensions": [],
      "releases": [{"ocid": "ocds-test01-1", "id": "ocds-test01-1-tender",
                    "date": "2027-01-11T00:00:00Z", "tag": ["tender"], "initiationType": "tender",
                    "parties": [{"id": "partner-2", "name": "ICB", "roles": ["buyer", "sourceParty"]}],
                    "tender": {"id": "tender-1", "status": "active",
                               "value": {"amount": 1234.56, "currency": "GBP"},
                               "lots": [{"id": "1", "awardCriteria": {"criteria": [
                                   {"type": "quality", "name": "Service model",
                                    "numbers": [{"number": 21, "weight": "percentageExact"}]}]}}]}}]
    })");
    package["extensions"] = procurement::ocdsExtensions();
    return package;
}

} // namespace

TEST_CASE("exact numbers are written from whole units, never through floating point",
          "[ocds][money]") {
    auto text = [](std::int64_t units, int decimals) {
        auto dumped = util::dumpExact(util::exactNumber(units, decimals));
        return dumped.substr(0, dumped.size() - 1); // the final line end
    };
    CHECK(text(123456, 2) == "1234.56");
    CHECK(text(-5, 2) == "-0.05");
    CHECK(text(6000, 2) == "60");   // 60.00%: trailing zeros and the point go
    CHECK(text(1250, 2) == "12.5"); // 12.50
    CHECK(text(0, 2) == "0");
    CHECK(text(21'000'000, 6) == "21"); // 35.00% x 60.00% in millionths of a percent
    CHECK(text(19'998'000, 6) == "19.998");
    CHECK(text(1, 6) == "0.000001");
    CHECK(text(42, 0) == "42");
    // The extremes of 64 bits, where a double would already have lost pence.
    CHECK(text(std::numeric_limits<std::int64_t>::max(), 2) == "92233720368547758.07");
    CHECK(text(std::numeric_limits<std::int64_t>::min(), 2) == "-92233720368547758.08");
    // Text that looks like the marker is still text.
    CHECK(text(0, 2) != util::dumpExact(util::Json("0")));
}

TEST_CASE("the OCDS validator finds each kind of fault it is there to find", "[ocds]") {
    REQUIRE(faultsOf(minimalPackage()).empty());
    struct Fault {
        const char* what;
        Json::json_pointer where;
        Json value;
        const char* expected;
    };
    const std::vector<Fault> faults = {
        {"a required field", Json::json_pointer("/releases/0/initiationType"), nullptr,
         "where the schema wants"},
        {"a closed codelist", Json::json_pointer("/releases/0/tender/status"), "open",
         "is not one of"},
        {"an open codelist", Json::json_pointer("/releases/0/parties/0/roles/1"), "lender",
         "is not in partyRole.csv"},
        {"an extension's codelist",
         Json::json_pointer("/releases/0/tender/lots/0/awardCriteria/"
                            "criteria/0/numbers/0/weight"),
         "percent", "is not one of"},
        {"a date-time", Json::json_pointer("/releases/0/date"), "2027-01-11", "is not a date-time"},
        {"a day its month does not have", Json::json_pointer("/releases/0/date"),
         "2027-02-29T00:00:00Z", "is not a date-time"},
        {"an extension not merged", Json::json_pointer("/extensions/5"),
         "https://example.org/ocds_bids_extension/extension.json",
         "is not an extension the validator merged"},
        {"a type", Json::json_pointer("/releases/0/tender/value/amount"), "1234.56",
         "where the schema wants"},
        {"an undeclared field", Json::json_pointer("/releases/0/tender/standstill"), "8 days",
         "a field the schemas do not declare"},
        {"a pattern", Json::json_pointer("/version"), "1.1.5", "does not match"},
        {"a minimum length", Json::json_pointer("/releases/0/tender/id"), "", "shorter than"},
    };
    for (const auto& fault : faults) {
        INFO(fault.what);
        auto broken = minimalPackage();
        broken[fault.where] = fault.value;
        const auto found = faultsOf(broken);
        CHECK(found.find(fault.expected) != std::string::npos);
    }
    auto missing = minimalPackage();
    missing["releases"][0].erase("ocid");
    CHECK(faultsOf(missing).find("ocid is missing") != std::string::npos);
    auto empty = minimalPackage();
    empty["releases"] = Json::array();
    CHECK(faultsOf(empty).find("fewer than 1 items") != std::string::npos);
    // 2028 is a leap year.
    auto leap = minimalPackage();
    leap["releases"][0]["date"] = "2028-02-29T00:00:00Z";
    CHECK(faultsOf(leap).empty());
    // An extension whose fields were allowed must be declared.
    auto undeclared = minimalPackage();
    undeclared["extensions"].erase(0);
    CHECK(faultsOf(undeclared).find("does not declare metrics") != std::string::npos);
    // Two criteria alike as JSON values (21 and 21.0 are one number).
    auto twice = minimalPackage();
    auto& criteria = twice["releases"][0]["tender"]["lots"][0]["awardCriteria"]["criteria"];
    criteria.push_back(criteria[0]);
    criteria[1]["numbers"][0]["number"] = 21.0;
    CHECK(faultsOf(twice).find("the items are not unique") != std::string::npos);
}

TEST_CASE("the example's procurements export as a valid OCDS package, figures worked by hand",
          "[ocds]") {
    project::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto example = project::Project::open(JOINTLY_EXAMPLE_FILE, readOnly);
    REQUIRE(example.ok());
    // The example's story is told as at early May 2027: the falls contract
    // is signed and starts in July; the call-off is out to its framework.
    auto asAtMay = options();
    asAtMay.publishedAt = "2027-05-03T09:00:00Z";
    asAtMay.asAt = "2027-05-03";
    auto exported = procurement::ocdsPackage(example.value()->database(), asAtMay);
    REQUIRE(exported.ok());
    const auto& text = exported.value().json;
    const auto package = Json::parse(text);
    INFO(text.substr(0, 4000));
    CHECK(faultsOf(package).empty());
    INFO(faultsOf(package));

    // Each procurement has a contract, so four releases each.
    CHECK(exported.value().procurements == 2);
    REQUIRE(package["releases"].size() == 8);
    CHECK(package["version"] == "1.1");
    CHECK(package["extensions"].size() == 5);
    const auto& planning = package["releases"][0];
    CHECK(planning["ocid"] == "ocds-test01-1");
    // Each release's id is its stage and a fingerprint of its content.
    CHECK(planning["id"].get<std::string>().rfind("ocds-test01-1-planning-", 0) == 0);
    CHECK(planning["id"].get<std::string>().size() ==
          std::string("ocds-test01-1-planning-").size() + 16);
    CHECK(planning["tag"] == Json::array({"planning"}));
    // The preliminary market engagement on 20 April 2026.
    CHECK(planning["date"] == "2026-04-20T00:00:00Z");

    // The envelope: the council £400,000 and the ICB £600,000 in each of
    // 2027/28, 2028/29 and 2029/30, £3,000,000 in all, written exactly.
    const auto& budget = planning["planning"]["budget"];
    CHECK(text.find("\"amount\": 3000000,") != std::string::npos);
    CHECK(budget["budgetBreakdown"].size() == 6);
    CHECK(budget["budgetBreakdown"][0]["sourceParty"]["id"] == "partner-1");
    CHECK(budget["budgetBreakdown"][0]["amount"]["amount"] == 400000);
    CHECK(budget["budgetBreakdown"][0]["amount"]["currency"] == "GBP");
    CHECK(budget["budgetBreakdown"][1]["sourceParty"]["id"] == "partner-2");
    CHECK(budget["budgetBreakdown"][1]["period"]["startDate"] == "2027-04-01T00:00:00Z");
    CHECK(budget["budgetBreakdown"][1]["period"]["endDate"] == "2028-03-31T23:59:59Z");

    // Every party, with every role it plays in the whole process, in every release.
    const Json icbRoles = {"buyer", "procuringEntity", "funder", "sourceParty", "payer"};
    const Json councilRoles = {"funder", "sourceParty", "payer"};
    const Json trustRoles = {"tenderer", "supplier", "payee"};
    for (std::size_t r = 0; r < 4; ++r) {
        const auto& parties = package["releases"][r]["parties"];
        REQUIRE(parties.size() == 5);
        CHECK(parties[0]["id"] == "partner-2");
        CHECK(parties[0]["roles"] == icbRoles);
        CHECK(parties[1]["id"] == "partner-1");
        CHECK(parties[1]["roles"] == councilRoles);
        CHECK(parties[2]["id"] == "partner-5");
        CHECK(parties[2]["roles"] == trustRoles);
        CHECK(parties[3]["roles"] == Json::array({"tenderer"}));
        CHECK(package["releases"][r]["buyer"]["id"] == "partner-2");
    }

    const auto& tender = package["releases"][1]["tender"];
    CHECK(package["releases"][1]["date"] == "2026-06-01T00:00:00Z"); // the PSR contract notice
    CHECK(tender["procurementMethod"] == "selective");
    CHECK(tender["procurementMethodDetails"] == "Competitive process");
    CHECK(tender["status"] == "complete");
    CHECK(tender["tenderPeriod"]["startDate"] == "2026-06-01T00:00:00Z");
    CHECK(tender["tenderPeriod"]["endDate"] == "2026-07-06T23:59:59Z");
    CHECK(tender["enquiryPeriod"]["endDate"] == "2026-06-22T23:59:59Z");
    CHECK(tender["numberOfTenderers"] == 3);
    CHECK(tender["milestones"].size() == 13);
    CHECK(tender["milestones"][12]["status"] == "scheduled"); // the service starts in 2027
    CHECK(tender["documents"][0]["documentType"] == "tenderNotice");
    // One lot, as the procurement is not divided. Quality and innovation
    // (35%) is split 60:40 into its sub-criteria: 21% and 14%; with the
    // others (15, 10, 10 and price 30) they weigh 100%.
    REQUIRE(tender["lots"].size() == 1);
    const auto& criteria = tender["lots"][0]["awardCriteria"]["criteria"];
    REQUIRE(criteria.size() == 6);
    CHECK(criteria[0]["name"] == "Quality and innovation: Service model");
    CHECK(criteria[0]["numbers"][0]["number"] == 21);
    CHECK(criteria[0]["numbers"][1] == Json({{"number", 2}, {"threshold", "minimumScore"}}));
    CHECK(criteria[1]["numbers"][0]["number"] == 14);
    CHECK(criteria[5]["type"] == "price");
    CHECK(criteria[5]["numbers"][0]["number"] == 30);
    std::int64_t total = 0;
    for (const auto& criterion : criteria) {
        total += criterion["numbers"][0]["number"].get<std::int64_t>();
    }
    CHECK(total == 100);

    const auto& award = package["releases"][2]["awards"][0];
    CHECK(award["suppliers"][0]["id"] == "partner-5");
    // £712,500 + £950,000 + £950,000 + £237,500.
    CHECK(award["value"]["amount"] == 2850000);
    CHECK(award["contractPeriod"]["maxExtentDate"] == "2032-06-30T23:59:59Z");
    // The PSR counts 8 working days from the day after the notice of
    // intention (Thursday 27 August 2026): Fri 28 is the first; the weekend
    // and the Summer bank holiday (Mon 31st) are left out, so Tue 1 to Fri 4
    // September are the second to fifth, and Mon 7, Tue 8 and Wed 9 September
    // the sixth to eighth.
    CHECK(award["standstillPeriod"]["startDate"] == "2026-08-28T00:00:00Z");
    CHECK(award["standstillPeriod"]["endDate"] == "2026-09-09T23:59:59Z");

    const auto& contract = package["releases"][3]["contracts"][0];
    CHECK(contract["awardID"] == award["id"]);
    CHECK(contract["status"] == "pending"); // starts 1 July 2027
    CHECK(contract["dateSigned"] == "2026-09-10T00:00:00Z");
    CHECK(contract["period"]["startDate"] == "2027-07-01T00:00:00Z");
    // Six months' notice before 30 June 2030.
    CHECK(contract["milestones"][0]["dueDate"] == "2029-12-30T00:00:00Z");
    REQUIRE(contract["agreedMetrics"].size() == 3);
    const auto& admissions = contract["agreedMetrics"][0];
    CHECK(admissions["title"] == "Emergency admissions for falls, 65 and over");
    CHECK(admissions["observations"][0]["measure"] == 2050);
    CHECK(admissions["observations"][0]["unit"]["name"] == "per 100,000");
    CHECK(admissions["description"].get<std::string>().find("Lower is better.") !=
          std::string::npos);

    // The call-off: a framework award, under the Act, to Brackenford (partner 8).
    CHECK(package["releases"][4]["ocid"] == "ocds-test01-2");
    const auto& callOff = package["releases"][5]["tender"];
    CHECK(callOff["procurementMethodDetails"] == "Award under framework");
    CHECK(callOff["status"] == "complete");
    // Three bidders, though the co-operative's bid came late.
    CHECK(callOff["numberOfTenderers"] == 3);
    const auto& homeCare = package["releases"][6]["awards"][0];
    CHECK(homeCare["suppliers"][0]["id"] == "partner-8");
    CHECK(homeCare["value"]["amount"] == 672000);
    // The Act requires no standstill for a light-touch contract or a
    // call-off (s.51(3)); the council kept one voluntarily, which is not
    // published as the law's.
    CHECK_FALSE(homeCare.contains("standstillPeriod"));
    // Three months' notice before 31 March 2029.
    const auto& homeCareContract = package["releases"][7]["contracts"][0];
    CHECK(homeCareContract["status"] == "active"); // from 1 April 2027
    CHECK(homeCareContract["milestones"][0]["dueDate"] == "2028-12-31T00:00:00Z");
    CHECK(homeCareContract["agreedMetrics"][2]["description"].get<std::string>().find(
              "Reported once a year.") != std::string::npos);
}

TEST_CASE("OCDS releases follow what is done, what changed and what the evaluation decided",
          "[ocds]") {
    TempDir dir;
    const auto copy = dir.file("Westshire.jointly");
    std::filesystem::copy_file(JOINTLY_EXAMPLE_FILE, copy);
    auto opened = project::Project::open(copy);
    REQUIRE(opened.ok());
    auto& db = opened.value()->database();
    auto chosen = options();
    chosen.publishedAt = "2027-05-03T09:00:00Z";
    chosen.asAt = "2027-05-03";
    auto releasesNow = [&] {
        auto exported = procurement::ocdsPackage(db, chosen);
        REQUIRE(exported.ok());
        auto package = Json::parse(exported.value().json);
        INFO(faultsOf(package));
        CHECK(faultsOf(package).empty());
        return package["releases"];
    };
    const auto before = releasesNow();

    // Published again unchanged, every release keeps its id; a changed KPI
    // target gives the contract release a new id and leaves the others'.
    CHECK(releasesNow() == before);
    db.execute("UPDATE kpi SET target_hundredths = 200000 WHERE id = 1");
    const auto changed = releasesNow();
    CHECK(changed[0]["id"] == before[0]["id"]);
    CHECK(changed[2]["id"] == before[2]["id"]);
    CHECK(changed[3]["id"] != before[3]["id"]);

    // As at 25 May 2026 the contract notice (1 June) has not been
    // published, even though the file marks it done: the tender release is
    // dated by the package; the planning release by the market engagement
    // done on 20 April 2026.
    chosen.asAt = "2026-05-25";
    const auto early = releasesNow();
    CHECK(early[0]["date"] == "2026-04-20T00:00:00Z");
    CHECK(early[1]["date"] == "2027-05-03T09:00:00Z");
    chosen.asAt = "2027-05-03";

    // The call-off names the framework it is made under.
    const auto& callOff = before[4];
    CHECK(callOff["ocid"] == "ocds-test01-2");
    CHECK(callOff["relatedProcesses"][0]["relationship"] == Json::array({"framework"}));
    CHECK(callOff["relatedProcesses"][0]["title"].get<std::string>().find("Home Care Framework") !=
          std::string::npos);

    // With no contract yet, the award decided (the notice of intention done)
    // is published as pending, to the evaluation's winner: the community
    // trust (partner 5), ranked first at 85.67 points.
    db.execute("DELETE FROM contract WHERE id = 1");
    auto pending = releasesNow();
    REQUIRE(pending[2]["tag"] == Json::array({"award"}));
    const auto& award = pending[2]["awards"][0];
    CHECK(award["status"] == "pending");
    CHECK(award["suppliers"][0]["id"] == "partner-5");
    CHECK(award["standstillPeriod"]["endDate"] == "2026-09-09T23:59:59Z");
    CHECK(pending[3]["ocid"] == "ocds-test01-2"); // no contract release for the falls service

    // Criteria of the same name are told apart, as the schema wants every
    // criterion to differ; weights that do not add to 100 are points, not
    // exact percentages (the price now weighs 20 of 90).
    db.execute("UPDATE award_criterion SET name = 'Access' WHERE id IN (4, 5)");
    db.execute("UPDATE award_criterion SET weight_bp = 2000 WHERE id = 7");
    const auto renamed = releasesNow();
    const auto& criteria = renamed[1]["tender"]["lots"][0]["awardCriteria"]["criteria"];
    CHECK(criteria[2]["name"] == "Access");
    CHECK(criteria[3]["name"] == "Access (criterion 4)");
    CHECK(criteria[5]["numbers"][0] == Json({{"number", 20}, {"weight", "pointsExact"}}));

    // An unknown procurement is not mistaken for an in-house one.
    chosen.procurementId = 99;
    auto unknown = procurement::ocdsPackage(db, chosen);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message ==
          "There is no procurement 99 in this project: see the list on the Procure page.");
}

TEST_CASE("monitoring is published as an implementation release: each KPI's figures and its "
          "yearly rating as metric observations",
          "[ocds][monitoring]") {
    TempDir dir;
    const auto copy = dir.file("Westshire.jointly");
    std::filesystem::copy_file(JOINTLY_EXAMPLE_FILE, copy);
    auto opened = project::Project::open(copy);
    REQUIRE(opened.ok());
    auto& db = opened.value()->database();
    // The falls contract (1, from procurement 1) a year on: two quarters of
    // admissions, the second missing, with an annotation; a month of "seen
    // within 10 days"; and its 2027/28 assessment.
    db.executeTrustedScript(R"SQL(
INSERT INTO kpi_actual (kpi_id, period, value_hundredths, note, source) VALUES
  (1, '2027-Q3', 198750, 'First quarter of the service', 'typed'),
  (1, '2027-Q4', NULL, '', 'typed'),
  (2, '2027-07', 9150, '', 'typed');
INSERT INTO kpi_annotation (kpi_id, period, note) VALUES (1, '2027-Q4', 'Data late from SUS.');
INSERT INTO contract_assessment (id, contract_id, year, assessed_on, summary)
  VALUES (9, 1, 2027, '2028-04-20', '');
INSERT INTO kpi_rating (assessment_id, kpi_id, rating, explanation)
  VALUES (9, 1, 'good', 'Below the target of 2,050 per 100,000.'),
         (9, 2, 'requires_improvement', '');
)SQL");
    auto chosen = options();
    chosen.publishedAt = "2028-05-02T09:00:00Z";
    chosen.asAt = "2028-05-02";
    chosen.procurementId = 1;
    auto exported = procurement::ocdsPackage(db, chosen);
    REQUIRE(exported.ok());
    const auto package = Json::parse(exported.value().json);
    INFO(faultsOf(package));
    CHECK(faultsOf(package).empty());
    // Planning, tender, award, contract, then implementation.
    REQUIRE(package["releases"].size() == 5);
    const auto& release = package["releases"][4];
    CHECK(release["tag"] == Json::array({"implementation"}));
    CHECK(release["id"].get<std::string>().rfind("ocds-test01-1-implementation-", 0) == 0);
    CHECK(release["date"] == "2028-05-02T09:00:00Z");
    REQUIRE(release["contracts"].size() == 1);
    const auto& contract = release["contracts"][0];
    CHECK(contract["id"] == "contract-1");
    CHECK(contract["awardID"] == "award-1");
    // The same metric ids as the contract's agreed metrics, so a compiled
    // record merges them.
    const auto& metrics = contract["implementation"]["metrics"];
    REQUIRE(metrics.size() == 2);
    CHECK(metrics[0]["id"] == "kpi-1");
    CHECK(package["releases"][3]["contracts"][0]["agreedMetrics"][0]["id"] == "kpi-1");
    const auto& admissions = metrics[0]["observations"];
    REQUIRE(admissions.size() == 3);
    // 2027-Q3 is July to September 2027; 1,987.50 per 100,000, exactly.
    CHECK(admissions[0] ==
          Json({{"id", "kpi-1-2027-Q3"},
                {"period",
                 {{"startDate", "2027-07-01T00:00:00Z"}, {"endDate", "2027-09-30T23:59:59Z"}}},
                {"measure", 1987.5},
                {"unit", {{"name", "per 100,000"}}},
                {"notes", "Figure for 2027-Q3. First quarter of the service"}}));
    // Written exactly, the trailing zero dropped.
    CHECK(exported.value().json.find("\"measure\": 1987.5,") != std::string::npos);
    // A missing quarter is published as missing, with its annotation.
    CHECK(admissions[1]["notes"] ==
          "Figure for 2027-Q4. No figure was recorded for this period. Data late from SUS.");
    CHECK_FALSE(admissions[1].contains("measure"));
    // The rating, with the UK extension's classification, for 2027/28.
    CHECK(admissions[2] ==
          Json({{"id", "kpi-1-assessment-9"},
                {"period",
                 {{"startDate", "2027-04-01T00:00:00Z"}, {"endDate", "2028-03-31T23:59:59Z"}}},
                {"measure", "Good"},
                {"measureClassification", {{"id", "met"}, {"description", "Good"}}},
                {"notes", "Contract performance assessment for 2027/28. Below the target of "
                          "2,050 per 100,000."}}));
    CHECK(metrics[1]["observations"][1]["measureClassification"]["id"] == "below");
    CHECK(metrics[1]["observations"][1]["measure"] == "Requires improvement");

    // A contract with no figures or ratings has no implementation release.
    db.execute("DELETE FROM kpi_actual WHERE kpi_id IN (1, 2)");
    db.execute("DELETE FROM contract_assessment WHERE id = 9");
    auto quiet = procurement::ocdsPackage(db, chosen);
    REQUIRE(quiet.ok());
    CHECK(Json::parse(quiet.value().json)["releases"].size() == 4);
}

TEST_CASE("the OCDS export refuses what it cannot publish, with a sentence", "[ocds]") {
    TempDir dir;
    auto created = project::Project::create(dir.file("p.jointly"), "Westshire");
    REQUIRE(created.ok());
    auto& project = *created.value();
    auto& db = project.database();

    auto none = procurement::ocdsPackage(db, options(""));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.find("no OCDS prefix yet") != std::string::npos);

    auto wrong = procurement::ocdsPackage(db, options("ocds-ABC123"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message ==
          "\"ocds-ABC123\" is not an OCDS prefix: it is \"ocds-\" and the six lower-case letters "
          "or digits the Open Contracting Partnership registered for the partnership, e.g. "
          "ocds-a1b2c3.");

    auto empty = procurement::ocdsPackage(db, options());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.find("no procurement to publish yet") != std::string::npos);

    // The prefix is refused as it is typed, and the file keeps the old one.
    const auto& settings = procurement::publishingSettings();
    auto typed = records::setField(project, settings, 1, "ocid_prefix",
                                   records::FieldValue{std::string("OCDS-a1b2c3")});
    CHECK_FALSE(typed.ok());
    auto good = records::setField(project, settings, 1, "ocid_prefix",
                                  records::FieldValue{std::string("ocds-a1b2c3")});
    REQUIRE(good.ok());
    auto kept = db.prepare("SELECT ocid_prefix FROM partnership");
    REQUIRE(kept.step());
    CHECK(kept.text(0) == "ocds-a1b2c3");

    // In-house delivery is not a contracting process.
    REQUIRE(records::addRecord(project, procurement::procurement(),
                               {{"name", records::FieldValue{std::string("Meals")}},
                                {"route", records::FieldValue{std::string("in_house")}}})
                .ok());
    auto inHouse = procurement::ocdsPackage(db, options(""));
    REQUIRE_FALSE(inHouse.ok());
    CHECK(inHouse.error().message.find("no procurement to publish yet") != std::string::npos);

    // A file that cannot be written leaves nothing behind.
    REQUIRE(records::addRecord(project, procurement::procurement(),
                               {{"name", records::FieldValue{std::string("Falls")}}})
                .ok());
    const auto out = dir.file("missing-folder/out.json");
    auto written = procurement::exportOcds(db, options(""), out);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.find("out.json") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(out));
    // Nor is the project ever written over.
    auto itself = procurement::exportOcds(db, options(""), dir.file("p.jointly"));
    REQUIRE_FALSE(itself.ok());
    CHECK(itself.error().message ==
          "p.jointly is the project itself: choose another file for the OCDS package.");
    auto fine = procurement::exportOcds(db, options(""), dir.file("out.json"));
    REQUIRE(fine.ok());
    CHECK(fine.value().leftOut.size() == 1);
    CHECK(fine.value().leftOut[0] ==
          "“Meals” is delivered in-house: there is no contracting process to publish.");
    CHECK(Json::parse(testing::readBytes(dir.file("out.json")))["releases"][0]["ocid"] ==
          "ocds-a1b2c3-2");
    for (const auto& entry : dir.entries()) {
        CHECK(entry.find("writing") == std::string::npos);
    }
}

TEST_CASE("random projects always export as valid OCDS", "[ocds][property]") {
    // Bounded so that CI stays quick: 40 projects of up to 6 procurements,
    // each seed fixed so a failure can be run again.
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        TempDir dir;
        auto created = project::Project::create(dir.file("p.jointly"), "Random");
        REQUIRE(created.ok());
        auto& db = created.value()->database();
        testing::RandomProcurements(db, seed).fill(static_cast<int>(1 + seed % 6));
        auto exported = procurement::ocdsPackage(db, options());
        INFO("seed " << seed);
        if (!exported.ok()) {
            // Only a project whose every procurement is in-house has nothing to publish.
            auto published =
                db.prepare("SELECT count(*) FROM procurement WHERE route <> 'in_house'");
            REQUIRE(published.step());
            CHECK(published.int64(0) == 0);
            continue;
        }
        const auto package = Json::parse(exported.value().json);
        const auto faults = faultsOf(package);
        INFO(faults);
        CHECK(faults.empty());
    }
}

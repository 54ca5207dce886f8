#include "partnership/PartnershipKinds.h"
#include "quantities/CalendarDate.h"
#include "records/FieldInput.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using namespace jointly;
using records::FieldSpec;
using records::FieldType;
using records::FieldValue;
using records::formatValue;
using records::parseInput;
using records::validate;

namespace {

const FieldSpec& field(const records::RecordKind& kind, std::string_view column) {
    return kind.fields.at(static_cast<std::size_t>(records::fieldIndex(kind, column)));
}

// The value typed text becomes; fails the test when it is refused.
FieldValue parsed(const FieldSpec& spec, std::string_view text) {
    auto result = parseInput(spec, text);
    INFO("field " << spec.label << ", text \"" << text
                  << "\": " << (result.ok() ? std::string("ok") : result.error().message));
    REQUIRE(result.ok());
    return result.value();
}

// Why typed text is refused; fails the test when it is accepted.
std::string refusal(const FieldSpec& spec, std::string_view text) {
    auto result = parseInput(spec, text);
    INFO("field " << spec.label << ", text \"" << text << "\"");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::Invalid);
    return result.error().message;
}

FieldValue number(std::int64_t value) {
    return FieldValue{value};
}
FieldValue text(const char* value) {
    return FieldValue{std::string(value)};
}
const FieldValue kEmpty{};

} // namespace

TEST_CASE("Count fields read whole numbers with thousands separators", "[input]") {
    const auto& population = field(partnership::profile(), "population_served");
    CHECK(parsed(population, "812,000") == number(812000));
    CHECK(parsed(population, "812000") == number(812000));
    CHECK(parsed(population, "  42 ") == number(42));
    CHECK(parsed(population, "0") == number(0));
    CHECK(parsed(population, "") == kEmpty);
    CHECK(parsed(population, "100,000,000") == number(100000000));

    CHECK(refusal(population, "100,000,001") ==
          "Population served must be no more than 100,000,000.");
    CHECK(refusal(population, "-5") == "Population served must be at least 0.");
    CHECK(refusal(population, "12.5") ==
          "Population served must be a whole number, such as 812,000; \"12.5\" is not one.");
    refusal(population, "lots");
    refusal(population, ",");
}

TEST_CASE("Count fields keep to their minimum and maximum", "[input]") {
    const auto& horizon = field(partnership::planDocument(), "horizon_years");
    CHECK(parsed(horizon, "1") == number(1));
    CHECK(parsed(horizon, "25") == number(25));
    CHECK(refusal(horizon, "0") == "Horizon (years) must be at least 1.");
    CHECK(refusal(horizon, "26") == "Horizon (years) must be no more than 25.");
    CHECK(validate(horizon, kEmpty).empty());
    CHECK(validate(horizon, text("3")) == "Horizon (years) must be a whole number.");
}

TEST_CASE("Count fields are shown with thousands separators", "[input]") {
    const auto& population = field(partnership::profile(), "population_served");
    CHECK(formatValue(population, number(812000)) == "812,000");
    CHECK(formatValue(population, number(1234567)) == "1,234,567");
    CHECK(formatValue(population, number(999)) == "999");
    CHECK(formatValue(population, number(1000)) == "1,000");
    CHECK(formatValue(population, number(0)) == "0");
    CHECK(formatValue(population, number(-1234)) == "-1,234");
    CHECK(formatValue(population, number(-123)) == "-123");
    CHECK(formatValue(population, kEmpty).empty());
}

TEST_CASE("Money fields read pounds and store pence", "[input]") {
    const auto& contribution =
        field(partnership::partnerOrganisation(), "annual_contribution_pence");
    CHECK(parsed(contribution, "£1,234.56") == number(123456));
    CHECK(parsed(contribution, "12,500") == number(1250000));
    CHECK(parsed(contribution, "0.5") == number(50));
    CHECK(parsed(contribution, "") == kEmpty);
    CHECK(refusal(contribution, "-£20") == "Annual contribution cannot be negative.");
    CHECK(refusal(contribution, "12.345") ==
          "Annual contribution must be an amount in pounds, such as 12,500 or 12,500.50; "
          "\"12.345\" is not one.");
    CHECK(formatValue(contribution, number(123456)) == "£1,234.56");
    CHECK(formatValue(contribution, number(0)) == "£0.00");
    CHECK(formatValue(contribution, kEmpty).empty());
    CHECK(validate(contribution, text("12")) == "Annual contribution must be an amount in pounds.");
}

TEST_CASE("Share fields read percentages exactly as basis points", "[input]") {
    const auto& share = field(partnership::partnerOrganisation(), "fixed_risk_share_bp");
    CHECK(parsed(share, "37.5%") == number(3750));
    CHECK(parsed(share, "37.5") == number(3750));
    CHECK(parsed(share, "33.33 %") == number(3333));
    CHECK(parsed(share, "0.01%") == number(1));
    CHECK(parsed(share, "100%") == number(10000));
    CHECK(parsed(share, "0%") == number(0));
    CHECK(parsed(share, "") == kEmpty);

    CHECK(refusal(share, "100.01%") ==
          "Fixed risk share must be a percentage between 0% and 100%.");
    CHECK(refusal(share, "-5%") ==
          "Fixed risk share must be a percentage such as 37.5%; \"-5%\" is not one.");
    CHECK(refusal(share, "1,000%") ==
          "Fixed risk share must be a percentage such as 37.5%; \"1,000%\" is not one.");
    refusal(share, "£5");
    refusal(share, "12.345%");
    refusal(share, "half");

    CHECK(formatValue(share, number(3750)) == "37.50%");
    CHECK(formatValue(share, number(10000)) == "100.00%");
    CHECK(formatValue(share, number(5)) == "0.05%");
    CHECK(formatValue(share, number(0)) == "0.00%");
    CHECK(formatValue(share, kEmpty).empty());
    CHECK(validate(share, number(10001)) ==
          "Fixed risk share must be a percentage between 0% and 100%.");
    CHECK(validate(share, number(-1)) ==
          "Fixed risk share must be a percentage between 0% and 100%.");
}

TEST_CASE("Flag fields read yes and no in several spellings", "[input]") {
    const auto& flag = field(partnership::member(), "can_commit_budget");
    for (const char* yes : {"Yes", "yes", "Y", "TRUE", "true", "1"}) {
        CHECK(parsed(flag, yes) == number(1));
    }
    for (const char* no : {"No", "n", "False", "0"}) {
        CHECK(parsed(flag, no) == number(0));
    }
    CHECK(parsed(flag, "") == number(0));
    CHECK(refusal(flag, "maybe") == "Can commit budget must be Yes or No.");
    CHECK(formatValue(flag, number(1)) == "Yes");
    CHECK(formatValue(flag, number(0)) == "No");
    CHECK(validate(flag, number(2)) == "Can commit budget must be Yes or No.");
    CHECK(validate(flag, kEmpty) == "Can commit budget must be Yes or No.");
}

TEST_CASE("Date fields read ISO and day/month/year dates", "[input]") {
    const auto& starts = field(partnership::agreement(), "agreement_starts_on");
    CHECK(parsed(starts, "2026-04-01") == text("2026-04-01"));
    CHECK(parsed(starts, "1/4/2026") == text("2026-04-01"));
    CHECK(parsed(starts, "01/04/2026") == text("2026-04-01"));
    CHECK(parsed(starts, "31/12/2030") == text("2030-12-31"));
    CHECK(parsed(starts, " 1900-01-01 ") == text("1900-01-01"));
    CHECK(parsed(starts, "2200-12-31") == text("2200-12-31"));
    CHECK(parsed(starts, "") == kEmpty);
    CHECK(formatValue(starts, text("2026-04-01")) == "2026-04-01");
}

TEST_CASE("Date fields know which years have 29 February", "[input]") {
    const auto& starts = field(partnership::agreement(), "agreement_starts_on");
    CHECK(parsed(starts, "29/2/2024") == text("2024-02-29"));
    CHECK(parsed(starts, "2024-02-29") == text("2024-02-29"));
    CHECK(parsed(starts, "2000-02-29") == text("2000-02-29")); // divisible by 400
    CHECK(refusal(starts, "29/2/2023") ==
          "Starts must be a date such as 2026-04-01 or 1/4/2026; \"29/2/2023\" is not one.");
    refusal(starts, "2023-02-29");
    refusal(starts, "2100-02-29"); // divisible by 100 but not 400
    CHECK(quantities::isIsoDate("2024-02-29"));
    CHECK_FALSE(quantities::isIsoDate("2023-02-29"));
}

TEST_CASE("Date fields refuse dates that do not exist or are written otherwise", "[input]") {
    const auto& starts = field(partnership::agreement(), "agreement_starts_on");
    for (const char* bad : {"31/4/2026", "2026-04-31", "2026-13-01", "2026-00-10", "0/1/2026",
                            "1899-12-31", "2201-01-01", "1/4/26", "2026/04/01", "2026-4-1",
                            "1st April 2026", "1/4/2026/5", "-1/4/2026"}) {
        refusal(starts, bad);
    }
    CHECK_FALSE(quantities::isIsoDate("1/4/2026"));
    CHECK_FALSE(quantities::isIsoDate("2026-04-1"));
    // A stored date must be ISO; the day/month/year form is only for typing.
    CHECK(validate(starts, text("1/4/2026")) == "Starts must be a date such as 2026-04-01.");
    CHECK(validate(starts, text("2026-04-01")).empty());
    CHECK(validate(starts, kEmpty).empty());
}

TEST_CASE("Choice fields read a key or a label in any case", "[input]") {
    const auto& type = field(partnership::partnerOrganisation(), "org_type");
    CHECK(parsed(type, "nhs_body") == text("nhs_body"));
    CHECK(parsed(type, "NHS body") == text("nhs_body"));
    CHECK(parsed(type, "nhs BODY") == text("nhs_body"));
    CHECK(parsed(type, "NHS_BODY") == text("nhs_body"));
    CHECK(parsed(type, "  Local authority ") == text("local_authority"));
    CHECK(parsed(type, "voluntary and community sector") == text("voluntary_community"));
    CHECK(refusal(type, "hospital") ==
          "Type must be one of the choices in the list; \"hospital\" is not one.");
    CHECK(refusal(type, "") == "Type needs one of the choices in the list.");

    CHECK(formatValue(type, text("nhs_body")) == "NHS body");
    CHECK(formatValue(type, text("user_carer_organisation")) ==
          "Service-user or carer organisation");
    CHECK(formatValue(type, text("unknown_key")) == "unknown_key");
    CHECK(records::choiceLabel(type, "provider") == "Provider");
    CHECK(validate(type, text("provider")).empty());
    CHECK(validate(type, text("Provider")) == "Type must be one of the choices in the list.");
    CHECK(validate(type, number(1)) == "Type must be one of the choices in the list.");
}

TEST_CASE("Text fields trim one-line text and keep paragraphs as typed", "[input]") {
    const auto& name = field(partnership::partnerOrganisation(), "name");
    const auto& notes = field(partnership::partnerOrganisation(), "notes");
    CHECK(parsed(name, "  Westshire County Council ") == text("Westshire County Council"));
    CHECK(parsed(name, "") == text(""));
    CHECK(parsed(notes, "  First line.\n\nSecond paragraph.\n") ==
          text("  First line.\n\nSecond paragraph.\n"));
    CHECK(parsed(notes, "   ") == text(""));

    CHECK(parsed(name, std::string(100000, 'x')) == FieldValue{std::string(100000, 'x')});
    CHECK(refusal(name, std::string(100001, 'x')) ==
          "Name is too long: keep it under 100,000 characters.");
    CHECK(validate(name, number(3)) == "Name must be text.");
    CHECK(formatValue(name, text("Westshire")) == "Westshire");
}

TEST_CASE("Link fields are chosen, not typed", "[input]") {
    const auto& host = field(partnership::agreement(), "host_partner_id");
    const auto& organisation = field(partnership::member(), "partner_id");
    CHECK(refusal(host, "3") == "Host partner is chosen from a list, not typed.");
    CHECK(validate(host, kEmpty).empty());
    CHECK(validate(organisation, kEmpty) == "Organisation must be chosen.");
    CHECK(validate(host, text("3")) == "Host partner must be chosen from the list.");
    CHECK(validate(host, number(3)).empty());
    CHECK(formatValue(host, number(3)).empty());
}

TEST_CASE("A field built by hand behaves as its type says", "[input]") {
    const FieldSpec weight{"weight", "Weight", FieldType::Count, {}, {}, false, {}, 10, 2};
    CHECK(parsed(weight, "2") == number(2));
    CHECK(parsed(weight, "10") == number(10));
    CHECK(refusal(weight, "1") == "Weight must be at least 2.");
    CHECK(refusal(weight, "11") == "Weight must be no more than 10.");
}

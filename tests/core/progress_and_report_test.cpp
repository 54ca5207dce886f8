#include "core/TestSupport.h"

#include "partnership/PartnershipKinds.h"
#include "partnership/PartnershipProgress.h"
#include "partnership/TermsOfReference.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "util/HtmlWriter.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <memory>
#include <string>
#include <vector>

using namespace jointly;
using jointly::testing::TempDir;
using records::FieldValue;
using records::RecordKind;
namespace kinds = jointly::partnership;

namespace {

struct Fixture {
    TempDir dir;
    std::unique_ptr<project::Project> project;

    explicit Fixture(const std::string& name) {
        auto created = project::Project::create(dir.file("Westshire.jointly"), name);
        REQUIRE(created.ok());
        project = std::move(created.value());
    }
    std::int64_t add(const RecordKind& kind, const records::FieldValues& initial) {
        auto id = records::addRecord(*project, kind, initial);
        INFO(jointly::testing::describe(id));
        REQUIRE(id.ok());
        return id.value();
    }
    void set(const RecordKind& kind, std::int64_t id, std::string_view column, FieldValue value) {
        auto status = records::setField(*project, kind, id, column, value);
        INFO(jointly::testing::describe(status));
        REQUIRE(status.ok());
    }
    void undo() { REQUIRE(project->undo().ok()); }
    partnership::StageProgress progress() {
        return partnership::partnershipProgress(project->database());
    }
    std::string report() {
        return partnership::termsOfReferenceHtml(project->database(), "22 November 2026");
    }
};

FieldValue text(const char* value) {
    return FieldValue{std::string(value)};
}
FieldValue number(std::int64_t value) {
    return FieldValue{value};
}

std::size_t occurrences(const std::string& haystack, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + needle.size())) {
        ++count;
    }
    return count;
}

using Sentences = std::vector<std::string>;

} // namespace

TEST_CASE("a new partnership has done only what it has filled in", "[progress]") {
    Fixture f("Westshire Partnership");
    auto progress = f.progress();
    // Named, and nothing else: 1 of the 14 parts, 100 / 14 = 7%. Nothing
    // counts for being empty: no commissioning partner lacks budget
    // authority only because there are none, and "no shared budget" is the
    // default, not an agreement recorded.
    CHECK(progress.done == 1);
    CHECK(progress.total == 14);
    CHECK(progress.percent() == 7);
    CHECK(progress.missing ==
          Sentences{
              "Write the partnership's aims.",
              "Add at least one objective.",
              "Say which area the partnership covers and its population.",
              "Add the area's localities.",
              "Add the partner organisations (at least two).",
              "Add the members who sit on the partnership for each partner organisation.",
              "A decision-making group needs, for each commissioning partner, a member who can "
              "commit its budget.",
              "Record the groups this partnership links with (e.g. the health and wellbeing "
              "board).",
              "Record the basis of the partnership's agreement (e.g. terms of reference agreed "
              "by each partner) and when it starts.",
              "Add the care groups the partnership commissions for.",
              "Choose a lead commissioner for each care group.",
              "Add the strategic commissioning framework to the plans.",
              "Give each plan a horizon and a next refresh date.",
          });

    Fixture unnamed("");
    auto unnamedProgress = unnamed.progress();
    CHECK(unnamedProgress.done == 0);
    CHECK(unnamedProgress.total == 14);
    CHECK(unnamedProgress.percent() == 0);
    REQUIRE_FALSE(unnamedProgress.missing.empty());
    CHECK(unnamedProgress.missing.front() == "Give the partnership a name.");
}

TEST_CASE("blank rows fill nothing in, and adding a partner never lowers completeness",
          "[progress]") {
    Fixture f("Westshire Partnership");
    const auto& partner = kinds::partnerOrganisation();
    // A blank objective, locality, partner, member and care group, as the
    // Add buttons make them: nothing filled in, so nothing counts.
    f.add(kinds::objective(), {});
    f.add(kinds::locality(), {});
    const auto blank = f.add(partner, {});
    f.add(kinds::member(), {{"partner_id", number(blank)}});
    f.add(kinds::careGroup(), {});
    auto progress = f.progress();
    CHECK(progress.done == 1);
    CHECK(progress.percent() == 7);

    // Two named partners: a part filled in (2 of 14 = 14%).
    const auto council = f.add(partner, {{"name", text("Westshire County Council")}});
    f.add(partner, {{"name", text("NHS Westshire")}});
    progress = f.progress();
    CHECK(progress.done == 2);
    CHECK(progress.percent() == 14);
    // A member for the council: members and, as the council commissions and
    // she can commit its budget, budget authority are begun (4 of 14 = 28%);
    // what is left to finish is listed but does not count against it.
    f.add(kinds::member(), {{"partner_id", number(council)},
                            {"name", text("Amy Shah")},
                            {"can_commit_budget", number(1)}});
    progress = f.progress();
    CHECK(progress.done == 4);
    CHECK(progress.percent() == 28);
    // A third partner, with no member yet: still 28%, with one more thing
    // to finish, naming it.
    const auto todoBefore = progress.missing.size();
    f.add(partner, {{"name", text("Westshire Public Health")}});
    progress = f.progress();
    CHECK(progress.done == 4);
    CHECK(progress.percent() == 28);
    CHECK(progress.missing.size() == todoBefore);
    CHECK(std::count(progress.missing.begin(), progress.missing.end(),
                     "Add a member for NHS Westshire, Westshire Public Health.") == 1);
}

TEST_CASE("progress names what is still missing as things are added", "[progress]") {
    Fixture f("Westshire Partnership");
    const auto& partner = kinds::partnerOrganisation();
    f.set(kinds::profile(), 1, "aims", text("Joined-up care for older people."));
    f.add(kinds::objective(), {{"text", text("Fewer delayed discharges")}});
    f.set(kinds::profile(), 1, "area", text("Westshire"));
    f.set(kinds::profile(), 1, "population_served", number(812000));
    f.add(kinds::locality(), {{"name", text("Northtown")}});
    auto council = f.add(partner, {{"name", text("Westshire County Council")}});
    auto nhs = f.add(partner, {{"name", text("NHS Westshire")}});
    auto amy = f.add(kinds::member(), {{"partner_id", number(council)},
                                       {"name", text("Amy Shah")},
                                       {"can_commit_budget", number(1)}});
    f.add(kinds::linkedGroup(), {{"name", text("Health and Wellbeing Board")}});
    f.set(kinds::agreement(), 1, "agreement_kind", text("pooled"));
    f.set(kinds::agreement(), 1, "risk_share_rule", text("fixed"));
    f.set(partner, council, "fixed_risk_share_bp", number(6000));
    f.set(partner, nhs, "fixed_risk_share_bp", number(3750));
    auto older = f.add(kinds::careGroup(), {{"name", text("Older people")}});
    auto framework = f.add(kinds::planDocument(), {{"title", text("Westshire framework")}});

    auto progress = f.progress();
    // Filled in: name, aims, objective, area, locality, partners, members,
    // budget authority (the council's), linked group, care group and
    // framework: 11 of 14 = 78%. Not yet: the agreement's legal basis and
    // start, a lead commissioner, a dated plan. Begun but unfinished: the
    // NHS has no member, and none who can commit its budget.
    CHECK(progress.total == 14);
    CHECK(progress.done == 11);
    CHECK(progress.percent() == 78);
    CHECK(progress.missing ==
          Sentences{
              "Add a member for NHS Westshire.",
              "A decision-making group needs, for each commissioning partner, a member who can "
              "commit its budget: none yet for NHS Westshire.",
              "Record the legal basis of the budget agreement (e.g. a Section 75 agreement) and "
              "when it starts.",
              "Choose a lead commissioner for each care group.",
              "Give each plan a horizon and a next refresh date.",
          });
    // Where each is done, for the window to go to: the kind of record, or a
    // form's field.
    CHECK(progress.places ==
          Sentences{"member", "member", "agreement/legal_basis", "care group", "plan"});

    f.add(kinds::member(), {{"partner_id", number(nhs)},
                            {"name", text("Dr Ravi Patel")},
                            {"can_commit_budget", number(1)}});
    f.set(kinds::agreement(), 1, "legal_basis", text("Section 75, NHS Act 2006"));
    f.set(kinds::agreement(), 1, "agreement_starts_on", text("2026-04-01"));
    f.set(partner, council, "fixed_risk_share_bp", number(6205));
    // The agreement is recorded (12 of 14); what is left of it: the host, and
    // shares of 62.05% + 37.50% = 99.55%.
    progress = f.progress();
    CHECK(progress.done == 12);
    CHECK(progress.missing.at(0) == "Choose the host partner that holds the pooled budget.");
    CHECK(progress.missing.at(1) ==
          "Fixed risk shares must add up to 100%; they add up to 99.55%.");
    f.set(kinds::agreement(), 1, "host_partner_id", number(council));
    f.set(partner, council, "fixed_risk_share_bp", number(6250));
    f.set(kinds::careGroup(), older, "lead_commissioner_id", number(council));
    f.set(kinds::planDocument(), framework, "horizon_years", number(10));
    f.set(kinds::planDocument(), framework, "next_refresh_on", text("2027-04-01"));
    progress = f.progress();
    CHECK(progress.missing.empty());
    CHECK(progress.done == 14);
    CHECK(progress.total == 14);
    CHECK(progress.percent() == 100);

    // A second care group with no lead: every part is still filled in, but a
    // stage with something left to do is not complete: 14 of 14 shows 99%.
    f.add(kinds::careGroup(), {{"name", text("Children")}});
    progress = f.progress();
    CHECK(progress.done == 14);
    CHECK(progress.percent() == 99);
    CHECK(progress.missing == Sentences{"Choose a lead commissioner for Children."});
    f.undo();

    // A model-making group needs a parent body instead of budget authority:
    // 13 of 14 = 92%.
    f.set(kinds::member(), amy, "can_commit_budget", number(0));
    f.set(kinds::profile(), 1, "group_kind", text("model_making"));
    progress = f.progress();
    CHECK(progress.missing == Sentences{"Name the parent body the model is being developed for."});
    CHECK(progress.done == 13);
    CHECK(progress.percent() == 92);
}

TEST_CASE("escapeHtml escapes every character with a meaning in HTML", "[report]") {
    CHECK(util::escapeHtml("<a href='x'>Tom & \"Jerry\"</a>") ==
          "&lt;a href=&#39;x&#39;&gt;Tom &amp; &quot;Jerry&quot;&lt;/a&gt;");
    CHECK(util::escapeHtml("plain £ text") == "plain £ text");
}

TEST_CASE("the terms of reference show what was recorded and escape what users typed", "[report]") {
    Fixture f("Westshire <Board>");
    const auto& partner = kinds::partnerOrganisation();
    const std::string hostile = "<script>alert(1)</script> & \"Co\"";
    const std::string escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;";
    f.set(kinds::profile(), 1, "aims",
          text("Joined-up care.\n\nFewer people <b>wait</b>\nin hospital."));
    f.set(kinds::profile(), 1, "population_served", number(812000));
    auto scripted = f.add(
        partner, {{"name", FieldValue{hostile}}, {"annual_contribution_pence", number(123456)}});
    f.add(partner, {{"name", text("NHS Westshire")},
                    {"org_type", text("nhs_body")},
                    {"annual_contribution_pence", number(246912)}});
    f.add(kinds::member(), {{"partner_id", number(scripted)},
                            {"name", text("Dr Amy Shah")},
                            {"role", text("Director")},
                            {"can_commit_budget", number(1)},
                            {"budget_limit_pence", number(5000000)}});
    f.set(kinds::agreement(), 1, "agreement_kind", text("pooled"));
    f.set(kinds::agreement(), 1, "host_partner_id", number(scripted));

    const auto html = f.report();
    // What the user typed is shown, never run.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find(hostile) == std::string::npos);
    CHECK(html.find("<Board>") == std::string::npos);
    // Partner table, member table, host partner and contributions table.
    CHECK(occurrences(html, escaped) == 4);
    CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
    CHECK_THAT(html, Catch::EndsWith("</body>\n</html>\n"));
    CHECK_THAT(html, Catch::Contains("<title>Terms of reference: Westshire &lt;Board&gt;</title>"));
    CHECK_THAT(html,
               Catch::Contains("<h1>Terms of reference</h1>\n<p>Westshire &lt;Board&gt;</p>"));
    for (const char* heading :
         {"<h2>1. Purpose</h2>", "<h2>2. Kind of group</h2>", "<h2>3. Area and population</h2>",
          "<h2>4. Membership</h2>", "<h2>5. Declarations of interest</h2>",
          "<h2>6. Links with other groups</h2>", "<h2>7. Financial arrangements</h2>",
          "<h2>8. Care groups and lead commissioners</h2>", "<h2>9. Planning framework</h2>",
          "<h2>10. Review</h2>"}) {
        CHECK_THAT(html, Catch::Contains(heading));
    }
    CHECK_THAT(html, Catch::Contains("<p>Joined-up care.</p>\n<p>Fewer people &lt;b&gt;wait&lt;/"
                                     "b&gt;<br>in hospital.</p>"));
    CHECK_THAT(html, Catch::Contains("<p><b>The group is:</b> Decision-making (allocates "
                                     "money)</p>"));
    CHECK_THAT(html, Catch::Contains("<p><b>Area:</b> not yet recorded</p>"));
    CHECK_THAT(html, Catch::Contains("<p><b>Population served:</b> 812,000</p>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>" + escaped +
                                     "</td><td>Local authority</td><td>Commissioner</td></tr>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>Dr Amy Shah</td><td>" + escaped +
                                     "</td><td>Director</td><td>Yes, up to £50,000.00</td></tr>"));
    CHECK_THAT(html, Catch::Contains("<p>No interests have been declared.</p>"));
    CHECK_THAT(html, Catch::Contains("<p><b>Budget arrangement:</b> Pooled budget</p>"));
    CHECK_THAT(html, Catch::Contains("<p><b>Legal basis:</b> not yet recorded</p>"));
    CHECK_THAT(html, Catch::Contains("<p><b>Host partner:</b> " + escaped + "</p>"));
    CHECK_THAT(html, Catch::Contains("<p><b>Risk share:</b> In proportion to contributions</p>"));
    // Proportional shares, to one decimal place: 1/3 and 2/3.
    CHECK_THAT(
        html, Catch::Contains("<tr><td>" + escaped + "</td><td>£1,234.56</td><td>33.3%</td></tr>"));
    CHECK_THAT(html,
               Catch::Contains("<tr><td>NHS Westshire</td><td>£2,469.12</td><td>66.7%</td></tr>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>Total</td><td>£3,703.68</td><td>100.0%</td></tr>"));
    CHECK_THAT(html, Catch::Contains("<p>These terms of reference are reviewed each year.</p>"));
    CHECK_THAT(html, Catch::Contains("<p class=\"note\">Generated by Jointly on 22 November "
                                     "2026.</p>"));
}

TEST_CASE("with fixed risk shares the terms of reference show each partner's share", "[report]") {
    Fixture f("Westshire Partnership");
    const auto& partner = kinds::partnerOrganisation();
    auto council = f.add(partner, {{"name", text("Westshire County Council")},
                                   {"annual_contribution_pence", number(100000000)},
                                   {"fixed_risk_share_bp", number(6250)}});
    f.add(partner, {{"name", text("NHS Westshire")}, {"annual_contribution_pence", number(5)}});
    f.set(kinds::agreement(), 1, "agreement_kind", text("aligned"));
    f.set(kinds::agreement(), 1, "risk_share_rule", text("fixed"));
    f.set(kinds::agreement(), 1, "agreement_review_on", text("2027-03-31"));
    f.add(kinds::careGroup(),
          {{"name", text("Older people")}, {"lead_commissioner_id", number(council)}});

    const auto html = f.report();
    CHECK_THAT(html, Catch::Contains("<p><b>Budget arrangement:</b> Aligned budgets</p>"));
    CHECK_THAT(html, Catch::Contains("<p><b>Host partner:</b> not yet recorded</p>"));
    CHECK_THAT(html, Catch::Contains("<p><b>Risk share:</b> Fixed shares (set per partner)</p>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>Westshire County Council</td><td>£1,000,000.00</"
                                     "td><td>62.50%</td></tr>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>NHS Westshire</td><td>£0.05</td><td>not yet "
                                     "recorded</td></tr>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>Total</td><td>£1,000,000.05</td><td></td></tr>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>Older people</td><td>Westshire County "
                                     "Council</td><td></td></tr>"));
    CHECK_THAT(html, Catch::Contains("<p>These terms of reference and the agreement are reviewed "
                                     "by 2027-03-31.</p>"));
    // The same data gives the same document.
    CHECK(f.report() == html);
}

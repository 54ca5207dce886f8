#include "core/PlanStoreTestSupport.h"
#include "core/ReadEverything.h"
#include "core/WorkshopTestSupport.h"
#include "stages/ProjectOpening.h"

#include "audit/ChangeHistory.h"
#include "history/ChangeDecoder.h"
#include "partnership/PartnershipKinds.h"
#include "planning/PlanningKinds.h"
#include "util/Text.h"

#include <catch2/catch.hpp>

using namespace jointly;
using jointly::testing::number;
using jointly::testing::PlanProject;
using jointly::testing::text;

namespace {

std::vector<std::string> sentences(const audit::HistoryEntry& entry) {
    std::vector<std::string> lines;
    for (const auto& change : entry.records) {
        for (const auto& line : audit::describe(change)) {
            lines.push_back(line);
        }
    }
    for (const auto& other : entry.others) {
        lines.push_back(other);
    }
    return lines;
}

// Adds `count` partners, "Partner 1" on, in one edit.
void addPartners(PlanProject& p, int count) {
    REQUIRE(p.project
                ->edit("Add " + std::to_string(count) + " partners",
                       [count](storage::Database& db) {
                           for (int i = 1; i <= count; ++i) {
                               auto insert = db.prepare(
                                   "INSERT INTO partner_organisation (name) VALUES (?1)");
                               insert.bind(1, "Partner " + std::to_string(i));
                               insert.run();
                           }
                       })
                .ok());
}

} // namespace

TEST_CASE("the change history says who changed what, field by field, in the users' words, with "
          "undone edits marked",
          "[history]") {
    PlanProject p;
    p.project->setAuthor("Pat Jones");
    const auto council = p.add(partnership::partnerOrganisation(),
                               {{"name", text("Westshire County Council")},
                                {"annual_contribution_pence", number(120'000'000)}});
    p.set(partnership::partnerOrganisation(), council, "annual_contribution_pence",
          number(125'050'000));
    p.project->setAuthor("");
    const auto amy = p.add(partnership::member(), {{"partner_id", number(council)},
                                                   {"name", text("Dr Amy Shah")},
                                                   {"role", text("Director of Public Health")}});
    REQUIRE(records::deleteRecord(*p.project, partnership::partnerOrganisation(), council).ok());
    const auto deletion = p.project->undoLabel();
    REQUIRE(p.project->undo().ok());

    const auto all = audit::loadHistory(p.db(), {});
    // Newest first: the deletion (undone), the member added, the change of
    // contribution, the partner added. Creating the file is not an edit.
    REQUIRE(all.size() == 4);
    CHECK(all[0].label == deletion);
    CHECK(all[0].undone);
    CHECK_FALSE(all[1].undone);
    CHECK(all[0].stages == std::vector<std::string>{"Partnership"});
    // The deletion took the member with the partner: both named, from the
    // values the edit recorded.
    CHECK(sentences(all[0]) ==
          std::vector<std::string>{"Deleted partner organisation “Westshire County Council”",
                                   "Deleted member “Dr Amy Shah”"});
    // An addition names the fields given, not those left at their defaults;
    // the link shows the partner's name.
    CHECK(sentences(all[1]) ==
          std::vector<std::string>{"Added member “Dr Amy Shah”: organisation Westshire County "
                                   "Council and role Director of Public Health"});
    // £1,200,000.00 to £1,250,500.00: 120,000,000 and 125,050,000 pence.
    CHECK(sentences(all[2]) ==
          std::vector<std::string>{"Changed annual contribution of partner organisation "
                                   "“Westshire County Council” from £1,200,000.00 to "
                                   "£1,250,500.00"});
    CHECK(all[2].madeBy == "Pat Jones");
    CHECK(all[3].madeBy == "Pat Jones");
    CHECK(all[1].madeBy == util::systemUserName());

    // One record's history: the member's is its addition and the deletion
    // that took it (undone), and nothing of the partner's own edits.
    audit::HistoryFilter member;
    member.table = "member";
    member.id = amy;
    const auto own = audit::loadHistory(p.db(), member);
    REQUIRE(own.size() == 2);
    CHECK(sentences(own[0]) == std::vector<std::string>{"Deleted member “Dr Amy Shah”"});
    CHECK(own[1].records.size() == 1);

    // By person, stage and date.
    audit::HistoryFilter byPat;
    byPat.person = "Pat Jones";
    CHECK(audit::loadHistory(p.db(), byPat).size() == 2);
    audit::HistoryFilter needs;
    needs.stage = "needs";
    CHECK(audit::loadHistory(p.db(), needs).empty());
    audit::HistoryFilter future;
    future.since = "2999-01-01";
    CHECK(audit::loadHistory(p.db(), future).empty());
    audit::HistoryFilter limited;
    limited.limit = 1;
    CHECK(audit::loadHistory(p.db(), limited).size() == 1);
    const auto people = audit::historyPeople(p.db());
    CHECK(std::find(people.begin(), people.end(), "Pat Jones") != people.end());

    // Closed and opened again, the history is the same.
    const auto path = p.path;
    p.project.reset();
    auto reopened = project::Project::open(path);
    REQUIRE(reopened.ok());
    const auto again = audit::loadHistory(reopened.value()->database(), {});
    REQUIRE(again.size() == 4);
    CHECK(again[0].undone);
    CHECK(sentences(again[2]) == sentences(all[2]));
}

TEST_CASE("a history row whose recorded change is damaged is listed as unreadable, not trusted",
          "[history]") {
    PlanProject p;
    p.add(partnership::partnerOrganisation(), {{"name", text("Westshire County Council")}});
    p.add(partnership::partnerOrganisation(), {{"name", text("NHS Westshire")}});
    // Bytes SQLite cannot read as a changeset, written behind Jointly's back.
    p.db().execute("UPDATE edit_step SET changes = x'12ff00ff' WHERE id = (SELECT min(id) FROM "
                   "edit_step)");
    const auto all = audit::loadHistory(p.db(), {});
    REQUIRE(all.size() == 2);
    CHECK_FALSE(all[0].unreadable);
    CHECK(all[1].unreadable);
    CHECK(all[1].records.empty());
    CHECK_FALSE(history::decodeChanges({0x12, 0xff, 0x00, 0xff}, 100).has_value());
    CHECK(history::decodeChanges({}, 100)->empty());
}

TEST_CASE("an edit of many rows is counted past the first fifty, by what they are", "[history]") {
    PlanProject p;
    addPartners(p, 60);
    const auto all = audit::loadHistory(p.db(), {});
    REQUIRE(all.size() == 1);
    CHECK(all[0].records.size() == 50);
    CHECK(all[0].others == std::vector<std::string>{"10 partner organisations added"});
}

TEST_CASE("a change to a column the window shows no field for is named as the file names it",
          "[history]") {
    testing::Workshop w;
    testing::priorityNamed(w, "Falls", 1);
    testing::priorityNamed(w, "Carers", 2);
    auto id = workshop::addRound(*w.project, w.general, workshop::RoundKind::Ranking).value();
    w.moveTo(id, workshop::RoundState::Open);
    const auto all = audit::loadHistory(w.db(), {});
    REQUIRE_FALSE(all.empty());
    // A round's state is moved by the facilitator, not typed in a field.
    CHECK(sentences(all[0]) ==
          std::vector<std::string>{"Changed state of round “Ranking the priorities” from draft "
                                   "to open"});
    CHECK(all[0].stages == std::vector<std::string>{"Plan"});
}

TEST_CASE("a file with a history, damaged, is refused or read whole without a crash, its history "
          "included",
          "[history][damaged]") {
    PlanProject p;
    for (int i = 1; i <= 12; ++i) {
        const auto partner = p.add(partnership::partnerOrganisation(),
                                   {{"name", text(("Partner " + std::to_string(i)).c_str())}});
        p.set(partnership::partnerOrganisation(), partner, "annual_contribution_pence",
              number(i * 100'000));
    }
    const auto path = p.path;
    p.project.reset();
    const auto original = testing::readBytes(path);
    const auto damagedPath = p.dir.file("Damaged.jointly");
    int opened = 0;
    int refused = 0;
    for (std::size_t variant = 0; variant < 60; ++variant) {
        INFO("variant " << variant);
        auto bytes = original;
        // A byte changed somewhere past the header, as a failing disk might.
        const auto at = 100 + (variant * 7919) % (bytes.size() - 100);
        bytes[at] = static_cast<char>(bytes[at] ^ 0x5a);
        testing::writeBytes(damagedPath, bytes);
        project::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto project = stages::openProject(damagedPath, readOnly);
        if (project.ok()) {
            (void)testing::readEverything(*project.value());
            ++opened;
        } else {
            CHECK(project.error().message.find("Damaged.jointly") != std::string::npos);
            ++refused;
        }
    }
    CHECK(opened + refused == 60);
    CHECK(refused > 0);
}

TEST_CASE("a changeset is checked byte by byte before SQLite reads it, and a crafted step is "
          "never undone",
          "[history]") {
    PlanProject p;
    const auto partner =
        p.add(partnership::partnerOrganisation(), {{"name", text("Westshire County Council")}});
    p.set(partnership::partnerOrganisation(), partner, "notes", text("Hosts the pooled fund."));
    std::vector<std::vector<unsigned char>> recorded;
    auto rows = p.db().prepare("SELECT changes FROM edit_step ORDER BY id");
    while (rows.step()) {
        recorded.push_back(rows.blob(0));
    }
    REQUIRE(recorded.size() == 2);
    for (const auto& changes : recorded) {
        CHECK(history::isWellFormed(changes));
        // Cut short by a byte, or with a byte too many, it is refused.
        auto shorter = changes;
        shorter.pop_back();
        CHECK_FALSE(history::isWellFormed(shorter));
        auto longer = changes;
        longer.push_back(0x05);
        CHECK_FALSE(history::isWellFormed(longer));
    }
    // A table header: 'T', 2 columns, key flags 1 0, the name "t"; then an
    // insert (0x12), not indirect, of a whole number and a NULL.
    const std::vector<unsigned char> insert = {'T', 2, 1, 0, 't', 0, 0x12, 0, 0x01,
                                               0,   0, 0, 0, 0,   0, 0,    7, 0x05};
    CHECK(history::isWellFormed(insert));
    auto badType = insert;
    badType.back() = 0x06; // no such type of value
    CHECK_FALSE(history::isWellFormed(badType));
    auto undefinedInInsert = insert;
    undefinedInInsert.back() = 0x00; // "unchanged" belongs only in an update
    CHECK_FALSE(history::isWellFormed(undefinedInInsert));
    auto hugeText = insert;
    hugeText.back() = 0x03; // text whose length runs past the end
    hugeText.push_back(0xff);
    hugeText.push_back(0x7f);
    CHECK_FALSE(history::isWellFormed(hugeText));
    CHECK_FALSE(history::isWellFormed({'P', 2, 1, 0, 't', 0})); // a patchset's header
    // A table's header with no change after it is a changeset of nothing.
    CHECK(history::isWellFormed({'T', 2, 1, 0, 't', 0}));

    // The first step crafted: opened again, it is not offered for undo, and
    // the history lists it as unreadable; the second still undoes.
    p.db().execute("UPDATE edit_step SET changes = x'5402010074001200' WHERE id = (SELECT "
                   "min(id) FROM edit_step)");
    const auto path = p.path;
    p.project.reset();
    auto reopened = project::Project::open(path);
    REQUIRE(reopened.ok());
    auto& project = *reopened.value();
    REQUIRE(project.canUndo());
    REQUIRE(project.undo().ok());
    CHECK_FALSE(project.canUndo());
    const auto all = audit::loadHistory(project.database(), {});
    REQUIRE(all.size() == 2);
    CHECK(all[1].unreadable);
}

TEST_CASE("a change to the plan's settings is the Plan's, and one record's history finds its row "
          "in an edit of many",
          "[history]") {
    PlanProject p;
    REQUIRE(records::setField(*p.project, planning::budgetSettings(), 1, "budget_base_year",
                              std::int64_t{2027})
                .ok());
    audit::HistoryFilter plan;
    plan.stage = "plan";
    const auto planned = audit::loadHistory(p.db(), plan);
    REQUIRE(planned.size() == 1);
    CHECK(sentences(planned[0]) ==
          std::vector<std::string>{"Changed first year of the plan of the budget settings from "
                                   "nothing to 2027/28"});
    audit::HistoryFilter partnershipOnly;
    partnershipOnly.stage = "partnership";
    CHECK(audit::loadHistory(p.db(), partnershipOnly).empty());

    addPartners(p, 60);
    // The sixtieth is past the fifty listed in the project's history, but
    // its own history names it.
    const auto last = *p.queryNumber("SELECT max(id) FROM partner_organisation WHERE id > ?1", 0);
    audit::HistoryFilter one;
    one.table = "partner_organisation";
    one.id = last;
    const auto own = audit::loadHistory(p.db(), one);
    REQUIRE(own.size() == 1);
    CHECK(sentences(own[0]) == std::vector<std::string>{"Added partner organisation “Partner 60”"});
    CHECK(own[0].others.empty());
}

// The process crash_tests kills. It opens a project and changes it through
// the core, as the app would, until it is killed: adding, renaming and
// deleting partner organisations, adding members, adding lines of the Better
// Care Fund plan, importing small indicator files, adding bids with their prices, scoring a bid as
// an evaluator and recording the panel's consensus in moderation, entering a member's votes in a
// workshop round, giving a contract KPI's figures and assessing the contract, freezing the plan as
// a baseline, merging the changes another copy sent, undoing and redoing. Before each call into the
// core it writes an "intent" line to its journal saying exactly what the call will change; only
// after the call has returned success does it write "done". The test can then tell which changes
// were committed before the kill (every "done") and which one may or may not have been (an "intent"
// with no "done").
//
// Usage: crash_worker PROJECT JOURNAL SEED READY_FD
// READY_FD is written one byte (and closed) once the project is open.
//
// The journal is written with write(2) on a file opened with O_APPEND and is
// not fsync'ed: the test kills the process, it does not cut the power, and
// bytes handed to the kernel survive the death of the process that wrote
// them. That keeps the worker fast, so more kills land inside commits.

#include "CrashJournal.h"
#include "baseline/Baselines.h"
#include "bcf/BcfKinds.h"
#include "merge/Merging.h"
#include "project/Ids.h"
#include "project/ProjectIdentity.h"
#include "project/Schema.h"

#include "monitoring/ActualsImport.h"
#include "monitoring/ContractPerformance.h"
#include "needs/IndicatorImport.h"
#include "partnership/PartnershipKinds.h"
#include "procurement/ContractKinds.h"
#include "procurement/ProcurementKinds.h"
#include "procurement/TenderKinds.h"
#include "procurement/TenderScoring.h"
#include "project/Project.h"
#include "records/RecordStore.h"
#include "storage/Database.h"
#include "workshop/WorkshopEdits.h"
#include "workshop/WorkshopKinds.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace jointly;
using crashtest::Atom;

namespace {

class Journal {
public:
    explicit Journal(const std::string& path)
        : fd_(::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600)) {
        if (fd_ < 0) {
            std::perror("crash_worker: cannot open the journal");
            std::exit(2);
        }
    }
    ~Journal() { ::close(fd_); }
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    // One write() per line, so a line is either wholly in the file or not.
    void line(const std::string& text) {
        const std::string whole = text + "\n";
        if (::write(fd_, whole.data(), whole.size()) != static_cast<ssize_t>(whole.size())) {
            std::perror("crash_worker: cannot write the journal");
            std::exit(2);
        }
    }

private:
    int fd_;
};

// One undoable step as the worker understands it: what it changes, and what
// undoing it changes back.
struct Step {
    std::vector<Atom> forward;
    std::vector<Atom> backward;
};

class Worker {
public:
    Worker(project::Project& project, Journal& journal, std::uint32_t seed, std::string folder)
        : project_(project), journal_(journal), random_(seed), runTag_(seed % 100000),
          folder_(std::move(folder)) {
        state_ = crashtest::readState(project_.database().handle());
    }

    [[noreturn]] void run() {
        for (;;) {
            const int roll = pick(0, 99);
            const bool havePartners = !state_.partners.empty();
            const bool crowded = state_.partners.size() > 30;
            if (roll < 12 && !undo_.empty()) {
                undo();
            } else if (roll < 18 && !redo_.empty()) {
                redo();
            } else if (roll < 22) {
                import();
            } else if (roll < 26 && !state_.imports.empty()) {
                importReplacing();
            } else if (!havePartners || (roll < 44 && !crowded)) {
                addPartner();
            } else if (roll < 52) {
                addMember();
            } else if (roll < 56 && !state_.members.empty()) {
                declareInterest();
            } else if (roll < 58) {
                addBetterCareFundLine();
            } else if (roll < 70) {
                rename();
            } else if (roll < 80) {
                changeContribution();
            } else if (roll < 86) {
                giveFigures();
            } else if (roll < 87) {
                assess();
            } else if (roll < 88) {
                freeze();
            } else if (roll < 90) {
                addBid();
            } else if (roll < 92) {
                score();
            } else if (roll < 94) {
                moderate();
            } else if (roll < 96 && !state_.members.empty()) {
                vote();
            } else if (roll < 98) {
                mergeChanges();
            } else {
                deletePartner();
            }
        }
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }

    std::int64_t anyPartner() {
        auto at = state_.partners.begin();
        std::advance(at, pick(0, static_cast<int>(state_.partners.size()) - 1));
        return at->first;
    }

    // SQLite gives a new row (INTEGER PRIMARY KEY, no AUTOINCREMENT) the
    // largest id in the table plus one, so the id can be announced before the
    // row is added. The table name is one of ours, never user text.
    std::int64_t nextId(const std::string& table) {
        // The file's own site is site 0; what merges bring has ids of other sites.
        return project_.database().queryInt64("SELECT coalesce(max(id), 0) + 1 FROM " + table +
                                              " WHERE id < " +
                                              std::to_string(std::int64_t{1} << 40));
    }

    // The next id in the last site, which another copy of the file would
    // use: for the records and edits a merge brings.
    std::int64_t nextFromCopy(const std::string& table) {
        const auto first = project::kLastSite << project::kSerialBits;
        return project_.database().queryInt64("SELECT coalesce(max(id), " + std::to_string(first) +
                                              ") + 1 FROM " + table + " WHERE id > " +
                                              std::to_string(first));
    }

    std::string newName(const char* what) {
        return std::string(what) + "-" + std::to_string(runTag_) + "-" + std::to_string(++made_);
    }

    void announce(const std::string& op, const std::vector<Atom>& atoms) {
        ++seq_;
        journal_.line("intent " + std::to_string(seq_) + " " + op + crashtest::encode(atoms));
    }

    template <class T> void check(const Outcome<T>& outcome) {
        if (!outcome.ok()) {
            fail(outcome.error().message);
        }
    }

    [[noreturn]] void fail(const std::string& message) {
        journal_.line("error " + std::to_string(seq_) + " " + message);
        std::exit(3);
    }

    // Records that the announced call returned success, then updates the
    // worker's own picture of the project.
    void committed(const std::vector<Atom>& atoms) {
        const bool touchedImports = std::any_of(atoms.begin(), atoms.end(),
                                                [](const Atom& atom) { return atom.what == 'I'; });
        if (touchedImports || !valuesKnown_) {
            values_ = crashtest::valuesSummary(project_.database().handle());
            valuesKnown_ = true;
        }
        journal_.line("done " + std::to_string(seq_) + " " +
                      std::to_string(crashtest::fileChangeCounter(project_.path())) + " " +
                      crashtest::contentDigest(project_.database().handle(), values_));
        crashtest::apply(state_, atoms);
    }

    void newStep(const std::string& op, Step step, const std::function<void()>& call) {
        announce(op, step.forward);
        call();
        committed(step.forward);
        undo_.push_back(std::move(step));
        redo_.clear();
    }

    void addPartner() {
        const auto id = nextId("partner_organisation");
        const auto name = newName("Partner");
        const std::int64_t pence = pick(0, 5000000);
        newStep("add-partner", {{{'P', true, id, pence, name}}, {{'P', false, id, 0, {}}}}, [&] {
            auto added = records::addRecord(project_, partnership::partnerOrganisation(),
                                            {{"name", name}, {"annual_contribution_pence", pence}});
            check(added);
            if (added.value() != id) {
                fail("added partner " + std::to_string(added.value()) + ", expected " +
                     std::to_string(id));
            }
        });
    }

    void addMember() {
        const auto partner = anyPartner();
        const auto id = nextId("member");
        const auto name = newName("Member");
        newStep("add-member", {{{'M', true, id, partner, name}}, {{'M', false, id, 0, {}}}}, [&] {
            auto added = records::addRecord(project_, partnership::member(),
                                            {{"name", name}, {"partner_id", partner}});
            check(added);
            if (added.value() != id) {
                fail("added member " + std::to_string(added.value()) + ", expected " +
                     std::to_string(id));
            }
        });
    }

    // A declared interest for a member. The journal's atoms do not model
    // interests; the content digest journaled with each change covers them.
    void declareInterest() {
        auto at = state_.members.begin();
        std::advance(at, pick(0, static_cast<int>(state_.members.size()) - 1));
        const auto member = at->first;
        newStep("interest", {{}, {}}, [&] {
            check(
                records::addRecord(project_, partnership::declaredInterest(),
                                   {{"member_id", member}, {"description", newName("Interest")}}));
        });
    }

    // A line of the Better Care Fund plan's income, as one edit. Like
    // interests, covered by the content digest journaled with each change.
    void addBetterCareFundLine() {
        const std::int64_t pence = pick(0, 5000000);
        newStep("bcf-income", {{}, {}}, [&] {
            check(records::addRecord(project_, bcf::bcfIncome(),
                                     {{"year", std::int64_t{2026}},
                                      {"source", std::string("Additional LA Contribution")},
                                      {"amount_pence", pence}}));
        });
    }

    void rename() {
        const auto id = anyPartner();
        const auto before = state_.partners.at(id);
        const auto name = newName("Renamed");
        newStep(
            "rename",
            {{{'P', true, id, before.pence, name}}, {{'P', true, id, before.pence, before.name}}},
            [&] {
                check(records::setField(project_, partnership::partnerOrganisation(), id, "name",
                                        name));
            });
    }

    void changeContribution() {
        const auto id = anyPartner();
        const auto before = state_.partners.at(id);
        std::int64_t pence = pick(0, 5000000);
        if (pence == before.pence) {
            ++pence; // an edit that changes nothing is not an undo step
        }
        newStep(
            "contribution",
            {{{'P', true, id, pence, before.name}}, {{'P', true, id, before.pence, before.name}}},
            [&] {
                check(records::setField(project_, partnership::partnerOrganisation(), id,
                                        "annual_contribution_pence", pence));
            });
    }

    // Merges the changes another copy of the project would send: two partner
    // organisations, each with a member, added in two edits, and a new name
    // for a partner here in a third. One undoable edit.
    void mergeChanges() {
        const auto renamed = anyPartner();
        const auto before = state_.partners.at(renamed);
        merge::ChangeFile changes;
        changes.project = project::projectIdentity(project_.database());
        changes.format = project::kCurrentSchemaVersion;
        changes.from = "crash.jointly-changes";
        changes.sentBy = "crash worker";
        auto edit = nextFromCopy("merged_edit");
        auto partner = nextFromCopy("partner_organisation");
        auto member = nextFromCopy("member");
        Step step;
        for (int added = 0; added < 2; ++added, ++partner, ++member) {
            const auto partnerName = newName("Merged");
            const auto memberName = newName("MergedMember");
            const std::int64_t pence = pick(0, 5000000);
            merge::SentEdit sent;
            sent.id = edit++;
            sent.label = "Add partner organisation";
            sent.madeBy = "crash worker";
            sent.rows.push_back({"partner_organisation",
                                 history::RowOp::Added,
                                 partner,
                                 {},
                                 {{"name", partnerName}, {"annual_contribution_pence", pence}},
                                 "crash worker",
                                 {}});
            sent.rows.push_back({"member",
                                 history::RowOp::Added,
                                 member,
                                 {},
                                 {{"partner_id", partner}, {"name", memberName}},
                                 "crash worker",
                                 {}});
            changes.edits.push_back(std::move(sent));
            step.forward.push_back({'P', true, partner, pence, partnerName});
            step.forward.push_back({'M', true, member, partner, memberName});
            step.backward.push_back({'M', false, member, 0, {}});
            step.backward.push_back({'P', false, partner, 0, {}});
        }
        const auto name = newName("MergedName");
        merge::SentEdit rename;
        rename.id = edit;
        rename.label = "Change name";
        rename.rows.push_back({"partner_organisation",
                               history::RowOp::Changed,
                               renamed,
                               {{"name", before.name}},
                               {{"name", name}},
                               "crash worker",
                               {}});
        changes.edits.push_back(std::move(rename));
        step.forward.push_back({'P', true, renamed, before.pence, name});
        step.backward.push_back({'P', true, renamed, before.pence, before.name});
        newStep("merge", std::move(step), [&] {
            auto merged = merge::mergeChanges(project_, changes, changes.from, {});
            check(merged);
            if (!merged.value().merged) {
                fail("the merge met " + std::to_string(merged.value().unanswered.size()) +
                     " conflicts");
            }
        });
    }

    void deletePartner() {
        const auto id = anyPartner();
        const auto before = state_.partners.at(id);
        Step step;
        step.backward.push_back({'P', true, id, before.pence, before.name});
        for (const auto& [memberId, member] : state_.members) {
            if (member.partner == id) {
                step.forward.push_back({'M', false, memberId, 0, {}});
                step.backward.push_back({'M', true, memberId, id, member.name});
            }
        }
        step.forward.push_back({'P', false, id, 0, {}});
        newStep("delete", std::move(step), [&] {
            check(records::deleteRecord(project_, partnership::partnerOrganisation(), id));
        });
    }

    // Writes a Fingertips export of indicator `code` with rows values, each
    // for a different area; for a new code, no row is one the project holds.
    std::string writeCsv(std::int64_t code, int rows) {
        const std::string path = folder_ + "/crash-import-" + std::to_string(runTag_) + ".csv";
        std::ofstream out(path, std::ios::trunc);
        out << "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,"
               "Area Type,Sex,Age,Category Type,Category,Time period,Value,"
               "Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,"
               "Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,"
               "Compared to England value or percentiles,"
               "Compared to Region value or percentiles,Time period Sortable,New data,"
               "Compared to goal\n";
        for (int row = 0; row < rows; ++row) {
            const int value = pick(100, 900);
            out << code << ",Crash test indicator " << code << ",E92000001,England,E0700"
                << (1000 + row) << ",Area " << row << ",Districts (from Apr 2023),Persons,"
                << "All ages,,," << (2010 + row % 10) << "/" << (11 + row % 10) << "," << value / 10
                << "." << value % 10 << "," << value / 10 - 1 << ".0," << value / 10 + 1 << ".0,,,"
                << value << ",1000,,,,," << (2010 + row % 10) << "0000,,\n";
        }
        if (!out) {
            fail("cannot write " + path);
        }
        return path;
    }

    void import() {
        const auto id = nextId("indicator_import");
        const int rows = pick(5, 300);
        const auto csv = writeCsv(800000 + id, rows);
        newStep("import", {{{'I', true, id, rows, {}}}, {{'I', false, id, 0, {}}}}, [&] {
            needs::ImportOptions options;
            options.duplicates = needs::DuplicateRule::Keep;
            auto imported = needs::importIndicators(project_, csv, options);
            check(imported);
            if (imported.value().importId != id ||
                imported.value().rowsImported != static_cast<std::size_t>(rows)) {
                fail("import " + std::to_string(imported.value().importId) + " brought " +
                     std::to_string(imported.value().rowsImported) + " rows, expected import " +
                     std::to_string(id) + " with " + std::to_string(rows));
            }
        });
    }

    // Imports new values for the indicator of a live import, replacing the
    // values it holds for the same areas and periods (and adding the rest).
    void importReplacing() {
        auto at = state_.imports.begin();
        std::advance(at, pick(0, static_cast<int>(state_.imports.size()) - 1));
        const auto id = nextId("indicator_import");
        const int rows = pick(5, 300);
        const auto csv = writeCsv(800000 + at->first, rows);
        newStep("replace-import", {{{'I', true, id, rows, {}}}, {{'I', false, id, 0, {}}}}, [&] {
            needs::ImportOptions options;
            options.duplicates = needs::DuplicateRule::Replace;
            auto imported = needs::importIndicators(project_, csv, options);
            check(imported);
            if (imported.value().importId != id ||
                imported.value().rowsImported != static_cast<std::size_t>(rows)) {
                fail("replacing import " + std::to_string(imported.value().importId) + " brought " +
                     std::to_string(imported.value().rowsImported) + " rows, expected import " +
                     std::to_string(id) + " with " + std::to_string(rows));
            }
        });
    }

    // The contract and KPI the monitoring steps use, added (as two steps of
    // their own) the first time one is needed. The journal's atoms do not
    // model them; the content digest covers every monitoring table.
    std::int64_t monitoredKpi() {
        auto kpi = project_.database().queryInt64(
            "SELECT coalesce(min(id), 0) FROM kpi WHERE contract_id IS NOT NULL");
        if (kpi != 0) {
            return kpi;
        }
        std::int64_t contract = 0;
        newStep("add-contract", {{}, {}}, [&] {
            auto added = records::addRecord(project_, procurement::contract(),
                                            {{"name", newName("Contract")}});
            check(added);
            contract = added.value();
        });
        newStep("add-kpi", {{}, {}}, [&] {
            auto added = records::addRecord(project_, procurement::contractKpi(),
                                            {{"name", newName("KPI")},
                                             {"contract_id", contract},
                                             {"frequency", std::string("monthly")},
                                             {"target_hundredths", std::int64_t{9000}},
                                             {"breach_hundredths", std::int64_t{8000}}});
            check(added);
            kpi = added.value();
        });
        return kpi;
    }

    // A bid with a year's price for the procurement the worker keeps (added,
    // as a step of its own, the first time).
    void addBid() {
        const std::string purpose = "crash test: bids";
        auto find = project_.database().prepare(
            "SELECT coalesce(min(id), 0) FROM procurement WHERE notes = ?1");
        find.bind(1, purpose);
        auto procurement = find.step() ? find.int64(0) : 0;
        if (procurement == 0) {
            newStep("add-procurement", {{}, {}}, [&] {
                auto added =
                    records::addRecord(project_, procurement::procurement(),
                                       {{"name", newName("Procurement")}, {"notes", purpose}});
                check(added);
                procurement = added.value();
            });
        }
        std::int64_t bid = 0;
        newStep("add-bid", {{}, {}}, [&] {
            auto added =
                records::addRecord(project_, procurement::bid(),
                                   {{"procurement_id", procurement}, {"name", newName("Bid")}});
            check(added);
            bid = added.value();
        });
        newStep("bid-price", {{}, {}}, [&] {
            check(records::addRecord(project_, procurement::bidPrice(),
                                     {{"bid_id", bid},
                                      {"year", std::int64_t{2027}},
                                      {"amount_pence", std::int64_t{pick(1, 90000000)}}}));
        });
    }

    // The id a query of one procurement's rows gives first, or 0 when it
    // gives none. The query is one of the worker's own, never user text.
    std::int64_t firstOf(const char* sql, const std::string& text) {
        auto row = project_.database().prepare(sql);
        row.bind(1, text);
        return row.step() ? row.int64(0) : 0;
    }

    std::int64_t firstOf(const char* sql, std::int64_t procurement) {
        auto row = project_.database().prepare(sql);
        row.bind(1, procurement);
        return row.step() ? row.int64(0) : 0;
    }

    // A procurement the worker keeps for one purpose, known by its notes,
    // with a quality question, a bid and an evaluator who has declared their
    // interests: each added, as a step of its own, when it is missing (the
    // first time, or after undo took it away).
    struct Panel {
        std::int64_t procurement = 0;
        std::int64_t criterion = 0;
        std::int64_t bid = 0;
        std::int64_t evaluator = 0;
    };

    Panel panel(const std::string& purpose) {
        Panel at;
        auto find = project_.database().prepare(
            "SELECT coalesce(min(id), 0) FROM procurement WHERE notes = ?1");
        find.bind(1, purpose);
        at.procurement = find.step() ? find.int64(0) : 0;
        if (at.procurement == 0) {
            newStep("add-procurement", {{}, {}}, [&] {
                auto added =
                    records::addRecord(project_, procurement::procurement(),
                                       {{"name", newName("Procurement")}, {"notes", purpose}});
                check(added);
                at.procurement = added.value();
            });
        }
        at.criterion = firstOf("SELECT coalesce(min(id), 0) FROM award_criterion WHERE "
                               "procurement_id = ?1",
                               at.procurement);
        if (at.criterion == 0) {
            newStep("add-criterion", {{}, {}}, [&] {
                auto added = records::addRecord(project_, procurement::awardCriterion(),
                                                {{"procurement_id", at.procurement},
                                                 {"name", newName("Question")},
                                                 {"category", std::string("quality")},
                                                 {"weight_bp", std::int64_t{10000}}});
                check(added);
                at.criterion = added.value();
            });
        }
        at.bid = firstOf("SELECT coalesce(min(id), 0) FROM bid WHERE procurement_id = ?1",
                         at.procurement);
        if (at.bid == 0) {
            newStep("add-bid", {{}, {}}, [&] {
                auto added = records::addRecord(
                    project_, procurement::bid(),
                    {{"procurement_id", at.procurement}, {"name", newName("Bid")}});
                check(added);
                at.bid = added.value();
            });
        }
        at.evaluator = firstOf("SELECT coalesce(min(id), 0) FROM evaluator WHERE "
                               "procurement_id = ?1",
                               at.procurement);
        if (at.evaluator == 0) {
            newStep("add-evaluator", {{}, {}}, [&] {
                auto added = records::addRecord(project_, procurement::evaluator(),
                                                {{"procurement_id", at.procurement},
                                                 {"name", newName("Evaluator")},
                                                 {"declared_on", std::string("2026-12-01")}});
                check(added);
                at.evaluator = added.value();
            });
        }
        return at;
    }

    // An evaluator's score of the bid, with a note, as one edit. The panel's
    // evaluator never finishes, so may always score.
    void score() {
        const auto at = panel("crash test: scoring");
        newStep("score", {{}, {}}, [&] {
            check(procurement::scoreBid(project_, at.evaluator, at.bid, at.criterion,
                                        std::int64_t{pick(0, 4)}, newName("Note")));
        });
    }

    // The panel's consensus on the bid, with its reason, as one edit. The
    // panel's one evaluator scores and finishes first (each a step of its
    // own), which opens moderation; undo may have reopened either.
    void moderate() {
        const auto at = panel("crash test: moderation");
        const bool scored = firstOf("SELECT count(*) FROM evaluation_score WHERE evaluator_id = ?1",
                                    at.evaluator) > 0;
        const bool finished =
            firstOf("SELECT finished FROM evaluator WHERE id = ?1", at.evaluator) != 0;
        if (!scored && !finished) {
            newStep("score", {{}, {}}, [&] {
                check(procurement::scoreBid(project_, at.evaluator, at.bid, at.criterion,
                                            std::int64_t{pick(0, 4)}, std::nullopt));
            });
        }
        if (!finished) {
            newStep("finish-evaluator", {{}, {}}, [&] {
                check(records::setField(project_, procurement::evaluator(), at.evaluator,
                                        "finished", std::int64_t{1}));
            });
        }
        newStep("moderate", {{}, {}}, [&] {
            check(procurement::moderateScore(project_, at.bid, at.criterion,
                                             std::int64_t{pick(0, 4)}, newName("Reason")));
        });
    }

    // A member's dots in a workshop round, entered as one edit (a ballot).
    // The workshop, its item and round (opened), and the member's place at
    // it are each a step of their own when missing; undo may take any away.
    void vote() {
        auto at = state_.members.begin();
        std::advance(at, pick(0, static_cast<int>(state_.members.size()) - 1));
        const auto member = at->first;
        const std::string purpose = "crash test: votes";
        auto workshop =
            firstOf("SELECT coalesce(min(id), 0) FROM workshop WHERE purpose = ?1", purpose);
        if (workshop == 0) {
            newStep("add-workshop", {{}, {}}, [&] {
                auto added =
                    records::addRecord(project_, workshop::workshop(),
                                       {{"name", newName("Workshop")}, {"purpose", purpose}});
                check(added);
                workshop = added.value();
            });
        }
        auto item = firstOf("SELECT coalesce(min(id), 0) FROM agenda_item WHERE workshop_id = ?1",
                            workshop);
        if (item == 0) {
            newStep("add-agenda-item", {{}, {}}, [&] {
                auto added =
                    records::addRecord(project_, workshop::agendaItem(),
                                       {{"workshop_id", workshop}, {"title", newName("Question")}});
                check(added);
                item = added.value();
            });
        }
        auto round = firstOf("SELECT coalesce(min(id), 0) FROM workshop_round WHERE "
                             "agenda_item_id = ?1",
                             item);
        if (round == 0) {
            newStep("add-round", {{}, {}}, [&] {
                auto added = workshop::addRound(project_, item, workshop::RoundKind::Dots);
                check(added);
                round = added.value();
            });
        }
        if (firstOf("SELECT state = 'open' FROM workshop_round WHERE id = ?1", round) == 0) {
            newStep("open-round", {{}, {}}, [&] {
                check(workshop::setRoundState(project_, round, workshop::RoundState::Open));
            });
        }
        auto present = project_.database().prepare(
            "SELECT count(*) FROM workshop_attendance WHERE workshop_id = ?1 AND member_id = ?2");
        present.bind(1, workshop).bind(2, member);
        if (present.step() && present.int64(0) == 0) {
            newStep("attend", {{}, {}}, [&] {
                check(records::addRecord(project_, workshop::attendance(),
                                         {{"workshop_id", workshop}, {"member_id", member}}));
            });
        }
        newStep("vote", {{}, {}}, [&] {
            check(workshop::enterBallot(project_, round, member,
                                        {std::optional<std::int64_t>(pick(0, 5))}));
        });
    }

    // Three months of a contract KPI's figures, imported as one edit.
    void giveFigures() {
        const auto kpi = monitoredKpi();
        const int year = pick(2020, 2030);
        std::ostringstream csv;
        for (int month = 4; month <= 6; ++month) {
            csv << year << "-0" << month << "," << pick(70, 99) << "." << pick(10, 99) << "\n";
        }
        newStep("figures", {{}, {}}, [&] {
            std::istringstream in(csv.str());
            check(monitoring::importActuals(project_, kpi, in, "figures.csv"));
        });
    }

    // A contract's assessment for a year it has none for, as one edit.
    void assess() {
        const auto kpi = monitoredKpi();
        const int year = pick(2020, 2030);
        auto row = project_.database().prepare(
            "SELECT k.contract_id, EXISTS (SELECT 1 FROM contract_assessment a WHERE "
            "a.contract_id = k.contract_id AND a.year = ?2) FROM kpi k WHERE k.id = ?1");
        row.bind(1, kpi).bind(2, year);
        if (!row.step() || row.int64(1) != 0) {
            return; // already assessed for that year
        }
        const auto contract = row.int64(0);
        newStep("assess", {{}, {}}, [&] {
            check(monitoring::recordAssessment(project_, contract, year, "2026-12-02"));
        });
    }

    // The plan frozen as approved, under a new name, as one edit: its
    // archive is written in the same transaction.
    void freeze() {
        newStep("freeze", {{}, {}},
                [&] { check(baseline::freezePlan(project_, newName("Baseline"), "2026-12-02")); });
    }

    void undo() {
        Step step = std::move(undo_.back());
        undo_.pop_back();
        announce("undo", step.backward);
        check(project_.undo());
        committed(step.backward);
        redo_.push_back(std::move(step));
    }

    void redo() {
        Step step = std::move(redo_.back());
        redo_.pop_back();
        announce("redo", step.forward);
        check(project_.redo());
        committed(step.forward);
        undo_.push_back(std::move(step));
    }

    project::Project& project_;
    Journal& journal_;
    std::mt19937 random_;
    std::uint32_t runTag_;
    std::string folder_;
    crashtest::State state_;
    std::vector<Step> undo_;
    std::vector<Step> redo_;
    std::int64_t seq_ = 0;
    std::int64_t made_ = 0;
    std::string values_; // valuesSummary() as of the last change that touched an import
    bool valuesKnown_ = false;
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: crash_worker PROJECT JOURNAL SEED READY_FD\n");
        return 2;
    }
    const std::string path = argv[1];
    Journal journal(argv[2]);
    const auto seed = static_cast<std::uint32_t>(std::strtoul(argv[3], nullptr, 10));
    const int readyFd = std::atoi(argv[4]);

    auto opened = project::Project::open(path);
    if (!opened.ok()) {
        journal.line("error 0 cannot open the project: " + opened.error().message);
        return 3;
    }
    auto folder = path.substr(0, path.find_last_of('/'));
    Worker worker(*opened.value(), journal, seed, folder);
    const char ready = 'r';
    if (::write(readyFd, &ready, 1) != 1) {
        return 2;
    }
    ::close(readyFd);
    worker.run();
}

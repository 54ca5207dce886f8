#include <catch2/catch.hpp>

#include "audit/ChangeHistory.h"
#include "baseline/Baselines.h"
#include "core/TestSupport.h"
#include "crash/CrashJournal.h"

#include "project/Project.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

using namespace jointly;
using crashtest::Atom;
using crashtest::State;
using jointly::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// How many times the worker is killed in one run of the test. Set
// JOINTLY_CRASH_KILLS to run more (or fewer) by hand.
constexpr int kDefaultKills = 220;
// The seed for the whole run: the kill times and each worker's choices.
constexpr std::uint32_t kSeed = 20260505;

int killsWanted() {
    if (const char* text = std::getenv("JOINTLY_CRASH_KILLS")) {
        const int wanted = std::atoi(text);
        if (wanted > 0) {
            return wanted;
        }
    }
    return kDefaultKills;
}

// What one run of the worker wrote in its journal.
struct RunJournal {
    std::vector<std::pair<std::string, std::vector<Atom>>> done;      // op and its atoms, in order
    std::optional<std::pair<std::string, std::vector<Atom>>> pending; // announced, not done
    std::int64_t lastCounter = -1; // the change counter after the last confirmed change
    std::string lastDigest;        // contentDigest() after it
    std::string error;             // the worker's own failure
    std::string tail;              // the last lines, for messages
};

RunJournal readJournal(const std::string& path) {
    RunJournal journal;
    std::ifstream in(path);
    std::string line;
    std::int64_t pendingSeq = -1;
    std::vector<std::string> last;
    while (std::getline(in, line)) {
        last.push_back(line);
        if (last.size() > 4) {
            last.erase(last.begin());
        }
        std::istringstream words(line);
        std::string kind;
        std::int64_t seq = 0;
        words >> kind >> seq;
        if (kind == "intent") {
            if (journal.pending) {
                throw std::runtime_error("journal: intent " + std::to_string(seq) +
                                         " follows an intent that was never done");
            }
            std::string op;
            words >> op;
            journal.pending.emplace(op, crashtest::decode(words));
            pendingSeq = seq;
        } else if (kind == "done") {
            if (!journal.pending || seq != pendingSeq) {
                throw std::runtime_error("journal: done " + std::to_string(seq) +
                                         " without its intent");
            }
            words >> journal.lastCounter >> journal.lastDigest;
            if (!words) {
                throw std::runtime_error("journal: done " + std::to_string(seq) +
                                         " without the file's change counter");
            }
            journal.done.push_back(std::move(*journal.pending));
            journal.pending.reset();
        } else if (kind == "error") {
            journal.error = line;
        } else {
            throw std::runtime_error("journal: unreadable line \"" + line + "\"");
        }
    }
    for (const auto& kept : last) {
        journal.tail += kept + "\n";
    }
    return journal;
}

// Starts crash_worker on the project. The worker writes one byte to the
// returned pipe once the project is open.
pid_t startWorker(const std::string& project, const std::string& journal, std::uint32_t seed,
                  int& readyFd) {
    int fds[2];
    if (::pipe(fds) != 0) {
        throw std::runtime_error("pipe failed");
    }
    ::fcntl(fds[0], F_SETFD, FD_CLOEXEC); // only the write end goes to the worker
    const std::string worker = JOINTLY_CRASH_WORKER;
    const std::string seedText = std::to_string(seed);
    const std::string fdText = std::to_string(fds[1]);
    std::vector<char*> argv = {
        const_cast<char*>(worker.c_str()),  const_cast<char*>(project.c_str()),
        const_cast<char*>(journal.c_str()), const_cast<char*>(seedText.c_str()),
        const_cast<char*>(fdText.c_str()),  nullptr};
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, worker.c_str(), nullptr, nullptr, argv.data(), environ);
    ::close(fds[1]);
    if (rc != 0) {
        ::close(fds[0]);
        throw std::runtime_error("cannot start " + worker);
    }
    readyFd = fds[0];
    return pid;
}

// Waits for the worker's ready byte; false if it closed the pipe or took too long.
bool waitUntilReady(int fd, int timeoutMs) {
    pollfd entry{fd, POLLIN, 0};
    if (::poll(&entry, 1, timeoutMs) != 1) {
        return false;
    }
    char byte = 0;
    return ::read(fd, &byte, 1) == 1;
}

// A text answer from SQLite's own checks, one line per row.
std::string queryLines(sqlite3* db, const char* sql) {
    std::string lines;
    crashtest::eachRow(db, sql, [&](sqlite3_stmt* row) {
        for (int column = 0; column < sqlite3_column_count(row); ++column) {
            lines += (column ? " " : "") + crashtest::columnText(row, column);
        }
        lines += "\n";
    });
    return lines;
}

std::int64_t queryNumber(sqlite3* db, const char* sql) {
    std::int64_t number = -1;
    crashtest::eachRow(db, sql, [&](sqlite3_stmt* row) { number = sqlite3_column_int64(row, 0); });
    return number;
}

class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY,
                            storage::checkedFileSystem()) != SQLITE_OK) {
            std::string message = sqlite3_errmsg(db_);
            sqlite3_close(db_);
            throw std::runtime_error("cannot open " + path + ": " + message);
        }
    }
    ~ReadOnlyConnection() { sqlite3_close(db_); }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;
    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
};

struct Tally {
    int kills = 0;
    int killsWhileStarting = 0; // before the worker announced its first change
    int killsDuringImport = 0;
    int killsDuringReplacingImport = 0; // of those, imports replacing values held
    int killsDuringUndoOrRedo = 0;
    int killsDuringEdit = 0;
    int killsDuringMerge = 0;        // of those during another edit, those during a merge
    std::int64_t mergesVerified = 0; // merges of another copy's changes
    int killsBetweenCalls = 0;
    int hotJournals = 0;
    int committedButNotJournaled = 0;
    int refusedOpens = 0;
    std::int64_t editsVerified = 0;   // undo and redo included
    std::int64_t scoringVerified = 0; // scores, consensus scores and evaluators finishing
    std::int64_t votesVerified = 0;   // ballots entered in a workshop round
    std::int64_t importsVerified = 0;
    std::int64_t baselinesRead = 0;
    std::int64_t undoneImportsRemoved = 0;
    int wholeContentsCompared = 0;    // kills after which every column was compared
    std::int64_t keptStepsUndone = 0; // steps of the kept history undone on a copy
    std::int64_t historyRead = 0;     // edits of the change history put into words
};

} // namespace

// The worker changes a project through the core until it is killed with
// SIGKILL at a random moment; then the file is reopened the way the app opens
// it and checked, and the worker is started again on the same file, so
// whatever one kill leaves behind is what the next run starts from.
//
// The undo history is not kept in the file: EditHistory holds its steps in
// memory and Project::open starts with an empty one. What the file does keep
// of undo is the rows of imports that were undone (indicator_import.active =
// 0), left in place while the history could still redo them; those must be
// gone once the file is reopened (project::removeUndoneImports), and so must
// imports staged but never made live.
TEST_CASE("Killing a process that is editing a project loses no committed change and leaves no "
          "half import",
          "[crash]") {
    TempDir dir;
    const std::string path = dir.file("Crash Test.jointly");
    const std::string journalPath = dir.file("journal.txt");
    {
        auto created = project::Project::create(path, "Crash test partnership");
        REQUIRE(created.ok());
    }
    State model;
    {
        ReadOnlyConnection raw(path);
        model = crashtest::readState(raw.handle());
    }
    REQUIRE(model.imports.empty());

    std::mt19937 random(kSeed);
    Tally tally;
    const int kills = killsWanted();
    const auto started = std::chrono::steady_clock::now();

    std::string lastCheckedDigest;
    for (int kill = 1; kill <= kills; ++kill) {
        const auto workerSeed = static_cast<std::uint32_t>(random());
        INFO("kill " << kill << " of " << kills << " (worker seed " << workerSeed << ")");
        { std::ofstream truncate(journalPath, std::ios::trunc); }

        int readyFd = -1;
        const pid_t pid = startWorker(path, journalPath, workerSeed, readyFd);
        // One kill in eight lands while the worker starts and opens the file;
        // the rest between 1 and 60 ms after it is ready.
        const bool early = std::uniform_int_distribution<int>(0, 7)(random) == 0;
        if (early) {
            std::this_thread::sleep_for(
                std::chrono::microseconds(std::uniform_int_distribution<int>(0, 20000)(random)));
        } else {
            const bool ready = waitUntilReady(readyFd, 30000);
            if (ready) {
                std::this_thread::sleep_for(std::chrono::microseconds(
                    std::uniform_int_distribution<int>(1000, 60000)(random)));
            }
        }
        ::kill(pid, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(pid, &status, 0) == pid);
        // Closed only now: a worker writing to a closed pipe would die of
        // SIGPIPE instead.
        ::close(readyFd);
        ++tally.kills;

        const RunJournal journal = readJournal(journalPath);
        INFO("the journal ends:\n" << journal.tail);
        // The worker must have died of the kill, not of an error of its own.
        REQUIRE(journal.error.empty());
        REQUIRE(WIFSIGNALED(status));
        REQUIRE(WTERMSIG(status) == SIGKILL);

        if (journal.tail.empty()) {
            ++tally.killsWhileStarting;
        } else if (!journal.pending) {
            ++tally.killsBetweenCalls;
        } else {
            const auto& op = journal.pending->first;
            if (op == "import" || op == "replace-import") {
                ++tally.killsDuringImport;
                tally.killsDuringReplacingImport += op == "replace-import" ? 1 : 0;
            } else if (op == "undo" || op == "redo") {
                ++tally.killsDuringUndoOrRedo;
            } else {
                ++tally.killsDuringEdit;
                tally.killsDuringMerge += op == "merge" ? 1 : 0;
            }
        }

        // What the kill left beside the file, looked at without changing it.
        std::error_code ec;
        const bool hotJournal =
            fs::exists(path + "-journal", ec) && fs::file_size(path + "-journal", ec) > 0;
        if (hotJournal) {
            ++tally.hotJournals;
        }

        // Reopen it as the app does after a crash: the lock the dead worker
        // left is stale and may be broken.
        project::OpenOptions options;
        options.breakStaleLock = true;
        auto reopened = project::Project::open(path, options);
        if (!reopened.ok()) {
            ++tally.refusedOpens;
            FAIL_CHECK("the project could not be reopened after the kill"
                       << (hotJournal ? " (a hot journal was left beside it)" : "") << ": "
                       << reopened.error().message);
            // Let plain SQLite roll the journal back, so the rest of the
            // checks can still run and report what they find.
            {
                jointly::testing::RawSqlite rollBack(path);
                (void)rollBack.queryInt("PRAGMA user_version");
            }
            reopened = project::Project::open(path, options);
        }
        REQUIRE(reopened.ok());
        auto& project = *reopened.value();
        // No confirmed change was lost, even one whose undo was under way
        // when the kill came: the file's change counter has not gone back.
        REQUIRE(static_cast<std::int64_t>(crashtest::fileChangeCounter(path)) >=
                journal.lastCounter);
        // The undo history is kept in the file with each change and each
        // undo, so it never disagrees with the data: on a copy, the last
        // steps it keeps undo cleanly (a step whose rows the kill had left
        // otherwise would meet a conflict and be refused). What could be
        // redone ends with the session.
        CHECK_FALSE(project.canRedo());
        if (project.canUndo()) {
            const auto copyPath = dir.file("Undo check.jointly");
            fs::remove(copyPath, ec);
            fs::copy_file(path, copyPath, ec);
            REQUIRE_FALSE(ec);
            auto copy = project::Project::open(copyPath);
            REQUIRE(copy.ok());
            for (int step = 0; step < 5 && copy.value()->canUndo(); ++step) {
                INFO("undoing " << copy.value()->undoLabel() << " on a copy");
                auto undone = copy.value()->undo();
                REQUIRE(undone.ok());
                ++tally.keptStepsUndone;
            }
        }
        // The change history, kept in the same transaction as each edit,
        // reads back whole after the kill: every edit it lists is put into
        // words, none unreadable.
        audit::HistoryFilter everything;
        everything.limit = 1'000'000;
        for (const auto& entry : audit::loadHistory(project.database(), everything)) {
            INFO("the history's edit " << entry.label);
            REQUIRE_FALSE(entry.unreadable);
            ++tally.historyRead;
        }

        // Each baseline, its archive written in the same transaction as its
        // row, reads back whole.
        for (const auto& kept : baseline::listBaselines(project.database())) {
            INFO("the baseline " << kept.name);
            REQUIRE(baseline::readBaseline(project.database(), std::to_string(kept.id)).ok());
            ++tally.baselinesRead;
        }

        // SQLite's full checks, through a plain connection. They come after
        // the reopen on purpose: a plain read-write connection would itself
        // roll back a journal the kill left, and the reopen must meet the file
        // exactly as the kill left it.
        ReadOnlyConnection raw(path);
        REQUIRE(queryLines(raw.handle(), "PRAGMA integrity_check") == "ok\n");
        REQUIRE(queryLines(raw.handle(), "PRAGMA foreign_key_check").empty());
        // Nothing of an undone or never-finished import is left.
        REQUIRE(queryNumber(raw.handle(), "SELECT count(*) FROM indicator_import "
                                          "WHERE active = 0") == 0);
        REQUIRE(queryNumber(raw.handle(),
                            "SELECT count(*) FROM indicator_value v WHERE v.import_id IS NULL "
                            "OR v.import_id NOT IN (SELECT id FROM indicator_import)") == 0);
        REQUIRE(queryNumber(raw.handle(),
                            "SELECT count(*) FROM indicator WHERE created_by_import IS NULL "
                            "OR created_by_import NOT IN (SELECT id FROM indicator_import)") == 0);
        // Each import's own count of its rows matches the rows it has.
        REQUIRE(queryNumber(raw.handle(),
                            "SELECT count(*) FROM indicator_import i WHERE rows_imported != "
                            "(SELECT count(*) FROM indicator_value v WHERE v.import_id = i.id)") ==
                0);

        // Every change whose call returned before the kill is there; the one
        // announced but not confirmed is there in full or not at all.
        State expected = model;
        std::set<std::int64_t> undoneImports;
        for (const auto& [op, atoms] : journal.done) {
            crashtest::apply(expected, atoms);
            for (const auto& atom : atoms) {
                if (atom.what == 'I') {
                    if (atom.present) {
                        undoneImports.erase(atom.id);
                    } else {
                        undoneImports.insert(atom.id);
                    }
                }
            }
            if (op == "import" || op == "replace-import") {
                ++tally.importsVerified;
            } else {
                ++tally.editsVerified;
                tally.scoringVerified +=
                    op == "score" || op == "moderate" || op == "finish-evaluator" ? 1 : 0;
                tally.votesVerified += op == "vote" ? 1 : 0;
                tally.mergesVerified += op == "merge" ? 1 : 0;
            }
        }
        const State found = crashtest::readState(raw.handle());
        if (found == expected) {
            model = found;
        } else if (journal.pending) {
            State withPending = expected;
            crashtest::apply(withPending, journal.pending->second);
            INFO("the change under way when killed: "
                 << journal.pending->first << crashtest::encode(journal.pending->second));
            INFO("compared with the journal without it: " << crashtest::describeDifference(expected,
                                                                                           found));
            INFO("compared with the journal with it: " << crashtest::describeDifference(withPending,
                                                                                        found));
            REQUIRE(found == withPending);
            ++tally.committedButNotJournaled;
            if (journal.pending->first == "import" || journal.pending->first == "replace-import") {
                ++tally.importsVerified;
            }
            model = found;
        } else {
            INFO("compared with the journal: " << crashtest::describeDifference(expected, found));
            REQUIRE(found == expected);
        }
        // Every column, not only what the journal's atoms model: when no change
        // was under way, or the one under way changed the modelled state and
        // is found not to have landed, the file holds exactly what it held
        // when the last change was confirmed (or the last run was checked).
        const std::string digest =
            crashtest::contentDigest(raw.handle(), crashtest::valuesSummary(raw.handle()));
        const std::string& confirmedDigest =
            journal.lastDigest.empty() ? lastCheckedDigest : journal.lastDigest;
        bool pendingChangesState = false;
        if (journal.pending) {
            State withPending = expected;
            crashtest::apply(withPending, journal.pending->second);
            pendingChangesState = !(withPending == expected);
        }
        if (!confirmedDigest.empty() &&
            (!journal.pending || (found == expected && pendingChangesState))) {
            INFO("every column compared with the file as last confirmed");
            REQUIRE(digest == confirmedDigest);
            ++tally.wholeContentsCompared;
        }
        lastCheckedDigest = digest;
        // An import undone before the kill was left in the file for redo; the
        // reopen removed it.
        for (const auto id : undoneImports) {
            if (!model.imports.count(id)) {
                ++tally.undoneImportsRemoved;
            }
        }
    }

    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf(
        "crash test: %d kills in %.1f s: %d while the worker started, %d during an "
        "import, %d during undo or redo, %d during another edit, %d between calls; "
        "%lld edits (undo and redo included, %lld of them scoring or moderating, %lld "
        "ballots in a workshop round) and %lld "
        "imports verified; %d changes found "
        "committed though not yet journaled; %d kills left a journal to roll back; %lld "
        "undone imports removed on reopening; %d reopenings refused; every column "
        "compared after %d kills; %d kills during imports replacing held values; %lld "
        "kept undo steps undone on copies; %lld edits of the change history read; %lld "
        "baselines read back; %lld merges of another copy's changes verified, %d kills during "
        "one\n",
        tally.kills, seconds, tally.killsWhileStarting, tally.killsDuringImport,
        tally.killsDuringUndoOrRedo, tally.killsDuringEdit, tally.killsBetweenCalls,
        static_cast<long long>(tally.editsVerified), static_cast<long long>(tally.scoringVerified),
        static_cast<long long>(tally.votesVerified), static_cast<long long>(tally.importsVerified),
        tally.committedButNotJournaled, tally.hotJournals,
        static_cast<long long>(tally.undoneImportsRemoved), tally.refusedOpens,
        tally.wholeContentsCompared, tally.killsDuringReplacingImport,
        static_cast<long long>(tally.keptStepsUndone), static_cast<long long>(tally.historyRead),
        static_cast<long long>(tally.baselinesRead), static_cast<long long>(tally.mergesVerified),
        tally.killsDuringMerge);
    CHECK(tally.refusedOpens == 0);
    CHECK(tally.historyRead >= tally.keptStepsUndone);
    CHECK(tally.keptStepsUndone >= kills);
    // The kills reached the dangerous moments, so the checks above meant
    // something: inside imports, inside undo or redo, inside other edits, and
    // mid-commit (a journal left to roll back). A typical run of 220 kills has
    // dozens of each; these floors fail only if the test stops reaching them.
    // The edits verified depend on the machine's speed: about 520 when the
    // test has the machine to itself, about 210 when it shares both cores
    // with the rest of the suite, so the floor is half a verified edit a kill.
    CHECK(tally.killsDuringImport >= kills / 20);
    CHECK(tally.killsDuringReplacingImport >= 1);
    CHECK(tally.killsDuringUndoOrRedo >= 1);
    CHECK(tally.killsDuringEdit >= kills / 20);
    CHECK(tally.hotJournals >= kills / 10);
    CHECK(tally.editsVerified >= kills / 2);
    // About one edit in thirty is an evaluator's score, a consensus or an
    // evaluator finishing: a dozen or more a run.
    CHECK(tally.scoringVerified >= 1);
    // About one edit in fifty merges changes another copy sent: a few a run.
    CHECK(tally.mergesVerified >= 1);
    // A kill mid-round loses no ballot committed: each one journaled as done
    // is found in the file after the kill (the content digest covers votes).
    CHECK(tally.votesVerified >= 1);
    // About one edit in a hundred freezes the plan; baselines pile up, so
    // each run reads dozens back after its kills.
    CHECK(tally.baselinesRead >= 1);
    CHECK(tally.wholeContentsCompared >= kills / 4);
}

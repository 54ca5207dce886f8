// Measures Jointly's indicator import beside sqlite3's own CSV import of the
// same file, in one run on one disk.
//
//   import_speed [--rows N] [--areas A] [--csv FILE] [--folder DIR] [--runs R] [--keep]
//
// Without --csv it first writes a realistic Fingertips export of N rows
// (default 1,000,000; see FingertipsCsv.h) for England, the regions and A
// local areas (default 150 counties and unitary authorities; more than 150
// are small areas, as GP practices, MSOAs and LSOAs are: --areas 20000) into
// DIR (default the temporary folder, $TMPDIR or /tmp). Then, R times (default
// 1), alternating:
//
//   (a) the sqlite3 command-line tool imports the file with `.import --csv`
//       into a plain table of a new database file in DIR, with Jointly's
//       journal settings (journal_mode DELETE, synchronous FULL; .import uses
//       one transaction). The time is the whole sqlite3 process.
//   (b) a child process (this program again, so nothing the parent allocated
//       is counted) creates a new project in DIR and runs importIndicators on
//       the file: the time is that call; the peak memory is the child's
//       getrusage(RUSAGE_SELF) ru_maxrss.
//
// Prints both times (the median over runs), their ratio (goal: Jointly within
// 1.2x of sqlite3) and Jointly's peak memory (goal: under 100 MB). Everything
// it writes is deleted afterwards unless --keep is given. Without the sqlite3
// tool it says so, measures Jointly alone and exits with status 3.
#include "FingertipsCsv.h"

#include "needs/IndicatorImport.h"
#include "project/Project.h"
#include "storage/Database.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace jointly;

namespace {

constexpr const char* kChildMode = "--import-child";

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

long maxRssKilobytes() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// The peak resident size of this process's current image, from the kernel.
long highWaterKilobytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) {
            return std::atol(line.c_str() + 6);
        }
    }
    return -1;
}

// The import itself, in a process of its own. Prints "key value" lines.
int importChild(const std::string& projectPath, const std::string& csvPath) {
    const long rssBefore = maxRssKilobytes();
    auto created = project::Project::create(projectPath, "Import benchmark");
    if (!created.ok()) {
        std::cerr << "import_speed: cannot create the project: " << created.error().message << "\n";
        return 1;
    }
    auto& project = *created.value();
    const auto start = Clock::now();
    auto report = needs::importIndicators(project, csvPath, needs::ImportOptions{},
                                          [](const needs::ImportProgress&) { return true; });
    const double seconds = secondsSince(start);
    if (!report.ok()) {
        std::cerr << "import_speed: the import failed: " << report.error().message << "\n";
        return 1;
    }
    std::cout << "seconds " << seconds << "\n"
              << "rows_read " << report.value().rowsRead << "\n"
              << "rows_imported " << report.value().rowsImported << "\n"
              << "indicators " << report.value().indicatorsCreated << "\n"
              << "maxrss_kb " << maxRssKilobytes() << "\n"
              << "maxrss_before_kb " << rssBefore << "\n"
              << "hwm_kb " << highWaterKilobytes() << "\n";
    return 0;
}

std::optional<std::string> findOnPath(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::stringstream folders(path ? path : "/usr/bin:/bin");
    std::string folder;
    while (std::getline(folders, folder, ':')) {
        auto candidate = fs::path(folder.empty() ? "." : folder) / program;
        if (::access(candidate.c_str(), X_OK) == 0) {
            return candidate.string();
        }
    }
    return std::nullopt;
}

struct Finished {
    int exitCode = -1;
    double seconds = 0;
};

// Runs a program with stdin, stdout and stderr from and to the given files
// ("" for /dev/null) and waits for it.
Finished runProgram(const std::vector<std::string>& command, const std::string& input,
                    const std::string& output, const std::string& errors) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, input.empty() ? "/dev/null" : input.c_str(),
                                     O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, output.empty() ? "/dev/null" : output.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errors.empty() ? "/dev/null" : errors.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char*> arguments;
    for (const auto& argument : command) {
        arguments.push_back(const_cast<char*>(argument.c_str()));
    }
    arguments.push_back(nullptr);
    const auto start = Clock::now();
    pid_t child = 0;
    int rc = posix_spawn(&child, command[0].c_str(), &actions, nullptr, arguments.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw std::runtime_error("cannot start " + command[0] + ": " + std::strerror(rc));
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            throw std::runtime_error("waitpid failed");
        }
    }
    Finished finished;
    finished.seconds = secondsSince(start);
    finished.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return finished;
}

std::string readWhole(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

std::string withCommas(std::uint64_t number) {
    auto digits = std::to_string(number);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), ",");
    }
    return digits;
}

struct Options {
    std::uint64_t rows = 1'000'000;
    std::size_t areas = bench::kDefaultLocalAreas;
    std::string csv;
    fs::path folder;
    int runs = 1;
    bool keep = false;
};

Options parse(int argc, char** argv) {
    Options options;
    const char* tmp = std::getenv("TMPDIR");
    options.folder = tmp && *tmp ? tmp : "/tmp";
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                throw std::runtime_error(argument + " needs a value");
            }
            return argv[++i];
        };
        if (argument == "--rows") {
            options.rows = std::stoull(value());
        } else if (argument == "--areas") {
            options.areas = std::max<std::size_t>(1, std::stoull(value()));
        } else if (argument == "--csv") {
            options.csv = value();
        } else if (argument == "--folder") {
            options.folder = value();
        } else if (argument == "--runs") {
            options.runs = std::max(1, std::stoi(value()));
        } else if (argument == "--keep") {
            options.keep = true;
        } else {
            throw std::runtime_error("unknown argument " + argument +
                                     "\nusage: import_speed [--rows N] [--areas A] [--csv FILE] "
                                     "[--folder DIR] [--runs R] [--keep]");
        }
    }
    return options;
}

int benchmark(const Options& options, const std::string& self) {
    const auto stamp = std::to_string(::getpid());
    const auto bareDb = options.folder / ("bench-import-sqlite3-" + stamp + ".sqlite");
    const auto project = options.folder / ("bench-import-" + stamp + ".jointly");
    const auto script = options.folder / ("bench-import-" + stamp + ".sql");
    const auto childOut = options.folder / ("bench-import-" + stamp + ".out");
    const auto childErr = options.folder / ("bench-import-" + stamp + ".err");
    fs::path csv = options.csv;
    const bool generated = options.csv.empty();
    std::vector<fs::path> toRemove = {bareDb, project, script, childOut, childErr};
    auto removeAll = [&] {
        if (options.keep) {
            return;
        }
        for (const auto& file : toRemove) {
            std::error_code ignored;
            fs::remove(file, ignored);
            fs::remove(file.string() + "-journal", ignored);
        }
    };
    auto removeProject = [&] {
        std::error_code ignored;
        for (const auto& entry : fs::directory_iterator(options.folder)) {
            const auto name = entry.path().filename().string();
            if (name.rfind(project.filename().string(), 0) == 0) {
                fs::remove(entry.path(), ignored); // the project, its lock and journal
            }
        }
    };

    try {
        std::cout.setf(std::ios::fixed);
        std::cout.precision(3);
        if (generated) {
            csv = options.folder / ("bench-fingertips-" + stamp + ".csv");
            toRemove.push_back(csv);
            const auto start = Clock::now();
            const auto summary =
                bench::writeFingertipsCsv(csv.string(), options.rows, 20260401, options.areas);
            std::cout << "Generated " << csv.string() << ": " << withCommas(summary.rows)
                      << " rows, " << summary.indicators << " indicators, " << options.areas + 10
                      << " areas, " << withCommas(summary.bytes) << " bytes, in "
                      << secondsSince(start) << " s\n";
        } else {
            std::cout << "Using " << csv.string() << ": " << withCommas(fs::file_size(csv))
                      << " bytes\n";
        }
        std::cout << "Databases written in " << options.folder.string() << "\n";

        const auto sqlite3 = findOnPath("sqlite3");
        if (!sqlite3) {
            std::cout << "\n*** The sqlite3 command-line tool is not installed, so there is no\n"
                         "*** baseline to compare with. Install Debian's package sqlite3\n"
                         "*** (apt-get install -y sqlite3) and run again. Measuring Jointly "
                         "alone.\n\n";
        } else {
            std::ofstream(script) << ".bail on\n"
                                     "PRAGMA journal_mode = DELETE;\n"
                                     "PRAGMA synchronous = FULL;\n"
                                     ".import --csv \""
                                  << csv.string() << "\" t\n";
        }

        std::vector<double> bareTimes;
        std::vector<double> jointlyTimes;
        std::vector<double> childTimes;
        std::map<std::string, std::string> child;
        long peakKb = 0;
        for (int run = 0; run < options.runs; ++run) {
            if (sqlite3) {
                std::error_code ignored;
                fs::remove(bareDb, ignored);
                auto bare = runProgram({*sqlite3, "-batch", bareDb.string()}, script.string(), "",
                                       childErr.string());
                if (bare.exitCode != 0) {
                    throw std::runtime_error("sqlite3 failed: " + readWhole(childErr.string()));
                }
                storage::Database check(bareDb.string(), storage::OpenMode::ReadOnly);
                const auto imported = check.queryInt64("SELECT count(*) FROM t");
                std::cout << "  run " << run + 1 << ": sqlite3 .import " << bare.seconds << " s ("
                          << withCommas(static_cast<std::uint64_t>(imported)) << " rows)\n";
                bareTimes.push_back(bare.seconds);
                fs::remove(bareDb, ignored);
            }

            removeProject();
            auto jointly = runProgram({self, kChildMode, project.string(), csv.string()}, "",
                                      childOut.string(), childErr.string());
            if (jointly.exitCode != 0) {
                throw std::runtime_error("the Jointly import failed: " +
                                         readWhole(childErr.string()));
            }
            std::istringstream lines(readWhole(childOut.string()));
            std::string key;
            std::string value;
            while (lines >> key >> value) {
                child[key] = value;
            }
            jointlyTimes.push_back(std::stod(child.at("seconds")));
            childTimes.push_back(jointly.seconds);
            peakKb = std::max(peakKb, std::stol(child.at("maxrss_kb")));
            std::cout << "  run " << run + 1 << ": Jointly importIndicators " << jointlyTimes.back()
                      << " s (" << withCommas(std::stoull(child.at("rows_imported")))
                      << " rows imported; whole child process " << jointly.seconds << " s)\n";
            removeProject();
        }

        const double jointlyTime = median(jointlyTimes);
        const double peakMb = static_cast<double>(peakKb) / 1024.0;
        std::cout << "\nImport of " << withCommas(std::stoull(child.at("rows_read"))) << " rows ("
                  << withCommas(fs::file_size(csv)) << " bytes), median of " << options.runs
                  << " run" << (options.runs == 1 ? "" : "s") << ":\n";
        if (sqlite3) {
            const double bareTime = median(bareTimes);
            const double ratio = jointlyTime / bareTime;
            std::cout << "  sqlite3 .import --csv (plain table):     " << bareTime << " s\n"
                      << "  Jointly importIndicators (new project):  " << jointlyTime << " s\n"
                      << "  ratio Jointly/sqlite3:                   " << ratio
                      << "x (goal: within 1.2x: " << (ratio <= 1.2 ? "met" : "MISSED") << ")\n";
        } else {
            std::cout << "  sqlite3 .import --csv:                   not measured (no sqlite3)\n"
                      << "  Jointly importIndicators (new project):  " << jointlyTime << " s\n";
        }
        std::cout << "  Jointly peak memory (ru_maxrss):         " << peakMb
                  << " MB (goal: under 100 MB: " << (peakMb < 100 ? "met" : "MISSED") << ")\n"
                  << "    (the child's VmHWM " << std::stod(child.at("hwm_kb")) / 1024.0
                  << " MB; ru_maxrss before the import "
                  << std::stod(child.at("maxrss_before_kb")) / 1024.0 << " MB)\n";
        removeAll();
        return sqlite3 ? 0 : 3;
    } catch (const std::exception& error) {
        removeAll();
        removeProject();
        std::cerr << "import_speed: " << error.what() << "\n";
        return 1;
    }
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == kChildMode) {
        return importChild(argv[2], argv[3]);
    }
    try {
        const auto options = parse(argc, argv);
        const auto self = fs::read_symlink("/proc/self/exe").string();
        return benchmark(options, self);
    } catch (const std::exception& error) {
        std::cerr << "import_speed: " << error.what() << "\n";
        return 2;
    }
}

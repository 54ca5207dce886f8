// Measures the time from process start to the first painted main window:
// Jointly opening the example partnership, beside a bare QMainWindow program,
// alternating runs in the same session. Jointly paints its window first and
// opens the project just after, so it also reports when the window first
// painted with the example partnership in it.
//
//   startup_time JOINTLY BARE_WINDOW [RUNS]
//
// Run it under a real display server (e.g. xvfb-run) for figures that include
// the window system; on the offscreen platform it measures the rest.
#include "BenchStats.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <spawn.h>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

long long nowNanoseconds() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

struct Paints {
    double first = 0;   // milliseconds from just before the start to the first paint
    double project = 0; // to the first paint showing the project; 0 if none
};

// Starts the program and reads its "first-paint" (and "project-painted")
// lines.
Paints timeToPaint(const std::vector<std::string>& command) {
    int pipeEnds[2];
    if (::pipe(pipeEnds) != 0) {
        throw std::runtime_error("pipe failed");
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0]);
    std::vector<char*> argv;
    for (const auto& part : command) {
        argv.push_back(const_cast<char*>(part.c_str()));
    }
    argv.push_back(nullptr);
    pid_t child = 0;
    const long long started = nowNanoseconds();
    if (posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        throw std::runtime_error("cannot start " + command[0]);
    }
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeEnds[1]);
    std::string output;
    char buffer[256];
    ssize_t got = 0;
    while ((got = ::read(pipeEnds[0], buffer, sizeof(buffer))) > 0) {
        output.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(pipeEnds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    auto at = output.find("first-paint ");
    if (at == std::string::npos) {
        throw std::runtime_error(command[0] + " did not report a first paint");
    }
    Paints paints;
    paints.first = static_cast<double>(std::stoll(output.substr(at + 12)) - started) / 1e6;
    at = output.find("project-painted ");
    if (at != std::string::npos) {
        paints.project = static_cast<double>(std::stoll(output.substr(at + 16)) - started) / 1e6;
    }
    return paints;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: startup_time JOINTLY BARE_WINDOW [RUNS]\n";
        return 2;
    }
    const int runs = argc > 3 ? std::atoi(argv[3]) : 15;
    ::setenv("JOINTLY_REPORT_FIRST_PAINT", "1", 1);
    std::vector<double> jointly;
    std::vector<double> project;
    std::vector<double> bare;
    try {
        // One unmeasured run of each warms the disk cache.
        timeToPaint({argv[1], "--example"});
        timeToPaint({argv[2]});
        for (int i = 0; i < runs; ++i) {
            const auto paints = timeToPaint({argv[1], "--example"});
            jointly.push_back(paints.first);
            project.push_back(paints.project);
            bare.push_back(timeToPaint({argv[2]}).first);
        }
    } catch (const std::exception& error) {
        std::cerr << "startup_time: " << error.what() << "\n";
        return 1;
    }
    const char* platform = std::getenv("QT_QPA_PLATFORM");
    const double j = jointly::bench::percentile(jointly, 50);
    const double b = jointly::bench::percentile(bare, 50);
    std::printf("Start to first painted main window (%d runs each, platform %s)\n", runs,
                platform ? platform : "default");
    std::printf("  bare QMainWindow:             median %.1f ms\n", b);
    std::printf("  Jointly, example partnership: median %.1f ms\n", j);
    std::printf("  ratio: %.2fx (goal: within 1.5x)\n", j / b);
    const double shown = jointly::bench::percentile(project, 50);
    if (shown > 0) {
        std::printf("  Jointly with the example partnership shown: median %.1f ms\n", shown);
    } else {
        std::printf("  Jointly never showed the example partnership: is its working copy open "
                    "in another Jointly, or locked by one that was killed?\n");
    }
    return 0;
}

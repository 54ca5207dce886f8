// Measures the commissioning plan of a project written as a PDF, as File >
// Write a report and `jointly report FILE plan OUT.pdf` write it: the plan
// put together from the project (every section, with its charts) and the
// PDF laid out and written with the charts drawn as vectors. Issue 17 asks
// for the example's plan in under 2 s.
//
//   report_speed PROJECT [RUNS]
//
// PROJECT is a .jointly file (the example: build/release/resources/example/
// Westshire.jointly). Prints the median and 99th percentile of RUNS (default
// 10) in milliseconds for each part and the whole. The figures are in the
// README. Runs without a screen (Qt's offscreen platform).
#include "BenchStats.h"

#include "project/Project.h"
#include "report/ReportChoice.h"
#include "ui/documents/ReportWriting.h"

#include <QGuiApplication>
#include <QTemporaryDir>

#include <chrono>
#include <iostream>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;
using namespace jointly;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: report_speed PROJECT [RUNS]\n";
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    const int runs = argc > 2 ? std::stoi(argv[2]) : 10;
    QTemporaryDir folder;
    std::vector<double> made;
    std::vector<double> written;
    std::vector<double> whole;
    std::size_t charts = 0;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        project::OpenOptions options;
        options.readOnly = true;
        auto opened = project::Project::open(argv[1], options);
        if (!opened.ok()) {
            std::cerr << opened.error().message << "\n";
            return 1;
        }
        report::ReportRequest request;
        request.generatedOn = "3 December 2026";
        request.today = "2026-12-03";
        const auto plan = report::makeReport(opened.value()->database(), request);
        if (!plan.ok()) {
            std::cerr << plan.error().message << "\n";
            return 1;
        }
        made.push_back(bench::millisecondsSince(start));
        const auto before = Clock::now();
        const auto problem =
            ui::writeReport(plan.value(), folder.filePath(QStringLiteral("plan.pdf")));
        if (!problem.isEmpty()) {
            std::cerr << problem.toStdString() << "\n";
            return 1;
        }
        written.push_back(bench::millisecondsSince(before));
        whole.push_back(bench::millisecondsSince(start));
        charts = plan.value().charts.size();
    }
    std::cout << "Commissioning plan of " << argv[1] << " (" << charts << " charts), " << runs
              << " runs\n";
    bench::report("opened and put together", made);
    bench::report("written as PDF", written);
    bench::report("the whole, to a PDF", whole);
    return 0;
}

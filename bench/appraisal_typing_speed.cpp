// Measures what a user waits for after typing one score into a large options
// appraisal in the app: the score is saved as one undoable edit, the
// appraisal is read back from the project file, and the weighted totals,
// ranking and full sensitivity are recalculated (what the scoring grid does
// after each score, before it redraws).
//
//   appraisal_typing_speed [FOLDER] [RUNS]
//
// Builds a project in FOLDER (default /tmp) with one appraisal of 50 options
// (the do-nothing option and 49 others) x 20 criteria, every score filled in,
// then types RUNS (default 500) scores and prints the median and 99th
// percentile of the whole step and of its two parts, in milliseconds.
#include "BenchStats.h"

#include "planning/Appraisal.h"
#include "planning/PlanStore.h"
#include "planning/PlanningKinds.h"
#include "project/Project.h"
#include "records/RecordStore.h"

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iostream>

using Clock = std::chrono::steady_clock;
using namespace jointly;

namespace {

constexpr std::size_t kOptions = 50;
constexpr std::size_t kCriteria = 20;

struct Sequence {
    std::uint64_t state = 20261122;
    std::int64_t next(std::int64_t below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(below));
    }
};

double millis(Clock::duration elapsed) {
    return std::chrono::duration<double, std::milli>(elapsed).count();
}

std::int64_t added(project::Project& project, const records::RecordKind& kind,
                   const records::FieldValues& values) {
    auto id = records::addRecord(project, kind, values);
    if (!id.ok()) {
        std::cerr << "appraisal_typing_speed: " << id.error().message << "\n";
        std::exit(1);
    }
    return id.value();
}

} // namespace

int main(int argc, char** argv) {
    const std::filesystem::path folder = argc > 1 ? argv[1] : "/tmp";
    const int runs = argc > 2 ? std::atoi(argv[2]) : 500;
    const auto path =
        (folder / ("appraisal-typing-" + std::to_string(::getpid()) + ".jointly")).string();
    int exitCode = 0;
    {
        auto created = project::Project::create(path, "Typing speed");
        if (!created.ok()) {
            std::cerr << "appraisal_typing_speed: " << created.error().message << "\n";
            return 1;
        }
        auto& project = *created.value();
        Sequence sequence;
        const auto priority =
            added(project, planning::priority(), {{"name", std::string("Falls")}});
        const auto appraisal = added(project, planning::appraisal(), {{"priority_id", priority}});
        for (std::size_t o = 1; o < kOptions; ++o) {
            added(project, planning::appraisalOption(),
                  {{"appraisal_id", appraisal}, {"name", "Option " + std::to_string(o)}});
        }
        std::int64_t used = 0;
        for (std::size_t c = 0; c < kCriteria; ++c) {
            const std::int64_t weight =
                c + 1 < kCriteria ? 200 + sequence.next(500) : planning::kFullWeight - used;
            used += weight;
            added(project, planning::appraisalCriterion(),
                  {{"appraisal_id", appraisal},
                   {"name", "Criterion " + std::to_string(c + 1)},
                   {"weight_bp", weight}});
        }
        auto loaded = planning::loadAppraisal(project.database(), appraisal);
        if (!loaded.ok() || loaded.value().optionIds.size() != kOptions ||
            loaded.value().criterionIds.size() != kCriteria) {
            std::cerr << "appraisal_typing_speed: the appraisal was not set up as expected\n";
            return 1;
        }
        const auto optionIds = loaded.value().optionIds;
        const auto criterionIds = loaded.value().criterionIds;
        for (auto option : optionIds) {
            for (auto criterion : criterionIds) {
                if (!planning::setScore(project, option, criterion, sequence.next(11)).ok()) {
                    std::cerr << "appraisal_typing_speed: could not fill in the scores\n";
                    return 1;
                }
            }
        }

        std::vector<double> whole;
        std::vector<double> saving;
        std::vector<double> recalculating;
        for (int run = 0; run < runs; ++run) {
            const auto option = optionIds[static_cast<std::size_t>(sequence.next(kOptions))];
            const auto criterion = criterionIds[static_cast<std::size_t>(sequence.next(kCriteria))];
            const auto start = Clock::now();
            auto saved = planning::setScore(project, option, criterion, sequence.next(11));
            const auto afterSave = Clock::now();
            auto reread = planning::loadAppraisal(project.database(), appraisal);
            auto result = reread.ok() ? planning::appraise(reread.value().appraisal)
                                      : Outcome<planning::AppraisalResult>(reread.error());
            const auto end = Clock::now();
            if (!saved.ok() || !result.ok()) {
                std::cerr << "appraisal_typing_speed: a step failed\n";
                exitCode = 1;
                break;
            }
            whole.push_back(millis(end - start));
            saving.push_back(millis(afterSave - start));
            recalculating.push_back(millis(end - afterSave));
        }
        std::cout.setf(std::ios::fixed);
        std::cout.precision(2);
        std::cout << "typing a score into a " << kOptions << " x " << kCriteria << " appraisal, "
                  << whole.size() << " scores (ms)\n"
                  << "  whole step   median " << bench::percentile(whole, 50) << "  p99 "
                  << bench::percentile(whole, 99) << "\n"
                  << "  saving edit  median " << bench::percentile(saving, 50) << "  p99 "
                  << bench::percentile(saving, 99) << "\n"
                  << "  re-read and recalculate  median " << bench::percentile(recalculating, 50)
                  << "  p99 " << bench::percentile(recalculating, 99) << "\n";
    }
    std::filesystem::remove(path);
    return exitCode;
}

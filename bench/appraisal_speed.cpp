// Measures what a user waits for while typing scores into a large options
// appraisal: after each score, the weighted totals, the ranking and the full
// sensitivity (every criterion, both directions) are recalculated.
//
//   appraisal_speed
//
// Builds a deterministic appraisal of 50 options x 20 criteria on a 0-10
// scale, then changes one score and recalculates 1,000 times, printing the
// median and 99th percentile time of one recalculation in microseconds.
#include "BenchStats.h"

#include "planning/Appraisal.h"

#include <chrono>
#include <cstdint>
#include <iostream>

using Clock = std::chrono::steady_clock;
using namespace jointly;

namespace {

constexpr std::size_t kOptions = 50;
constexpr std::size_t kCriteria = 20;
constexpr int kRuns = 1000;

// A small linear congruential generator, so every run sees the same numbers.
struct Sequence {
    std::uint64_t state = 20260401;
    std::int64_t next(std::int64_t below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(below));
    }
};

planning::Appraisal makeAppraisal(Sequence& sequence) {
    planning::Appraisal appraisal;
    appraisal.scale = {0, 10};
    // Uneven weights that add up to exactly 100%: 19 between 2.00% and
    // 6.99%, the last taking what is left.
    std::int64_t used = 0;
    for (std::size_t c = 0; c < kCriteria; ++c) {
        const std::int64_t weight =
            c + 1 < kCriteria ? 200 + sequence.next(500) : planning::kFullWeight - used;
        used += weight;
        appraisal.criteria.push_back({"Criterion " + std::to_string(c + 1), weight});
    }
    for (std::size_t o = 0; o < kOptions; ++o) {
        appraisal.options.push_back(
            {o == 0 ? "Do nothing" : "Option " + std::to_string(o), o == 0});
        std::vector<std::optional<std::int64_t>> row;
        for (std::size_t c = 0; c < kCriteria; ++c) {
            row.emplace_back(sequence.next(11));
        }
        appraisal.scores.push_back(std::move(row));
    }
    return appraisal;
}

} // namespace

int main() {
    Sequence sequence;
    auto appraisal = makeAppraisal(sequence);

    std::vector<double> micros;
    micros.reserve(kRuns);
    std::size_t analysed = 0;
    std::size_t changes = 0;
    for (int run = 0; run < kRuns; ++run) {
        // The user types one score.
        const auto option = static_cast<std::size_t>(sequence.next(kOptions));
        const auto criterion = static_cast<std::size_t>(sequence.next(kCriteria));
        appraisal.scores[option][criterion] = sequence.next(11);

        const auto start = Clock::now();
        auto result = planning::appraise(appraisal);
        const auto elapsed = Clock::now() - start;
        micros.push_back(std::chrono::duration<double, std::micro>(elapsed).count());

        if (!result.ok()) {
            std::cerr << "appraisal_speed: " << result.error().message << "\n";
            return 1;
        }
        const auto& sensitivity = result.value().sensitivity;
        if (sensitivity.state == planning::SensitivityState::Analysed) {
            ++analysed;
            for (const auto& row : sensitivity.criteria) {
                changes += row.rise.outcome == planning::ShiftOutcome::ChangesTop ? 1 : 0;
                changes += row.fall.outcome == planning::ShiftOutcome::ChangesTop ? 1 : 0;
            }
        }
    }

    std::cout.setf(std::ios::fixed);
    std::cout.precision(1);
    std::cout << "appraisal " << kOptions << " options x " << kCriteria << " criteria, " << kRuns
              << " recalculations (rank + sensitivity)\n"
              << "  median " << bench::percentile(micros, 50) << " us\n"
              << "  p99    " << bench::percentile(micros, 99) << " us\n"
              << "  max    " << bench::percentile(micros, 100) << " us\n"
              << "  full sensitivity analysed in " << analysed << " of " << kRuns
              << " (the rest had a tied top); " << changes
              << " criterion-directions changed the top\n";
    return 0;
}

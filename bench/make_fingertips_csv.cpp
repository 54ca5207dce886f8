// Writes a realistic Fingertips export for benchmarks and trials.
//
//   make_fingertips_csv PATH [ROWS] [SEED] [AREAS]
//
// ROWS defaults to 1,000,000, SEED to a fixed number (so the same command
// always writes the same file) and AREAS, the local areas besides England and
// the regions, to 150 (more are small areas). See FingertipsCsv.h for what the
// file holds.
#include "FingertipsCsv.h"

#include <chrono>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2 || argc > 5) {
        std::cerr << "usage: make_fingertips_csv PATH [ROWS] [SEED] [AREAS]\n";
        return 2;
    }
    try {
        const std::string path = argv[1];
        const std::uint64_t rows = argc > 2 ? std::stoull(argv[2]) : 1'000'000;
        const std::uint64_t seed = argc > 3 ? std::stoull(argv[3]) : 20260401;
        const auto start = std::chrono::steady_clock::now();
        const std::size_t areas =
            argc > 4 ? std::stoull(argv[4]) : jointly::bench::kDefaultLocalAreas;
        const auto summary = jointly::bench::writeFingertipsCsv(path, rows, seed, areas);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::cout << "Wrote " << path << ": " << summary.rows << " rows, " << summary.indicators
                  << " indicators, " << summary.bytes << " bytes, in " << seconds << " s\n";
    } catch (const std::exception& error) {
        std::cerr << "make_fingertips_csv: " << error.what() << "\n";
        return 1;
    }
    return 0;
}

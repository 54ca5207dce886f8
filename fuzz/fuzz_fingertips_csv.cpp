// Fuzzes the Fingertips CSV import: the bytes are a CSV file, imported into
// a fresh empty project as the app does by default and then again skipping
// bad rows (see importIndicatorsBothWays).

#include "FuzzSupport.h"
#include "ImportSupport.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

using namespace jointly;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string csv = fuzz::workFile("Indicators.csv");
    fuzz::writeBytes(csv, data, size);
    fuzz::importIndicatorsBothWays(csv, std::nullopt);
    return 0;
}

// Fuzzes the reading of a baseline's archive: the text a project keeps for a
// plan frozen as approved, which may come in a file from another
// organisation. The first byte chooses how the rest is used:
//   'w' the rest is the Boost.Serialization payload, wrapped here in a
//       correct header (magic, format, length, SHA-256), so the fuzzer
//       reaches the archive itself;
//   anything else: the rest is the whole stored text, header and all.
//
// Checked on every input, aborting if broken:
//   - a refusal is a sentence naming the baseline;
//   - an archive that is read is saved again, and that reads back to the
//     same bytes when saved once more (a round trip loses nothing);
//   - a baseline compared with itself shows no change and no money moved,
//     and its comparison is written as CSV and HTML.

#include "FuzzSupport.h"

#include "baseline/ArchiveEnvelope.h"
#include "baseline/PlanComparison.h"
#include "baseline/PlanSnapshot.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace jointly;

using fuzz::broken;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string stored =
        data[0] == 'w' ? baseline::wrapArchive(baseline::ArchiveContent::PlanBaseline, rest)
                       : std::string(rest);
    const std::string what = "The baseline \u201CFuzzed\u201D";
    const auto loaded = baseline::loadSnapshot(stored, what);
    if (!loaded.ok()) {
        if (loaded.error().message.rfind(what, 0) != 0) {
            broken("a refusal does not name the baseline");
        }
        return 0;
    }
    const auto saved = baseline::saveSnapshot(loaded.value());
    const auto again = baseline::loadSnapshot(saved, what);
    if (!again.ok()) {
        broken("a baseline saved again cannot be read");
    }
    if (baseline::saveSnapshot(again.value()) != saved) {
        broken("a baseline changes when saved and read again");
    }
    const auto same = baseline::comparePlans(loaded.value(), again.value());
    if (!same.items.empty()) {
        broken("a baseline differs from itself");
    }
    for (const auto& line : same.money) {
        if (line.difference.value_or(0) != 0) {
            broken("money moved between a baseline and itself");
        }
    }
    if (baseline::comparisonCsv(same).empty() ||
        baseline::comparisonHtml(same, loaded.value().partnership).empty()) {
        broken("a comparison is not written");
    }
    return 0;
}

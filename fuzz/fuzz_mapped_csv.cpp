// Fuzzes the import of any other CSV through a column mapping, as the column
// mapping dialog and `jointly import-indicators --mapping` do.
//
// The input is split at its first NUL byte: the bytes before it are the
// mapping's text (one "field=column heading" per line, as in a mapping file)
// and the bytes after it are the CSV. An input without a NUL byte is all
// mapping text, with no CSV. The mapping is read with Mapping::parse; if it
// is accepted, the CSV is imported with it into a fresh empty project twice
// (see importIndicatorsBothWays).
//
// The mapping read is also written back with Mapping::serialise and read
// again, which must give the same mapping (headings with line breaks
// included: this target found that they were once lost).

#include "FuzzSupport.h"
#include "ImportSupport.h"

#include "needs/IndicatorColumns.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace jointly;

namespace {} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto split = input.find('\0');
    const auto text = input.substr(0, split);

    auto mapping = needs::Mapping::parse(text);
    if (!mapping.ok()) {
        return 0;
    }
    auto again = needs::Mapping::parse(mapping.value().serialise());
    if (!again.ok() || again.value().columnFor != mapping.value().columnFor) {
        std::fprintf(stderr, "jointly fuzz: a mapping read back differs from itself\n");
        std::abort();
    }
    if (split == std::string_view::npos) {
        return 0;
    }
    static const std::string csv = fuzz::workFile("Mapped.csv");
    fuzz::writeBytes(csv, data + split + 1, size - split - 1);
    fuzz::importIndicatorsBothWays(csv, mapping.value());
    return 0;
}

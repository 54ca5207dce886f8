#pragma once

#include "Outcome.h"

#include <cstdint>
#include <stdexcept>

// For the benchmarks that drive the core: stops the benchmark with the
// core's sentence when a step it relies on fails, since a figure measured
// after a failed step would mean nothing.
namespace jointly::bench {

inline void require(const Status& status) {
    if (!status.ok()) {
        throw std::runtime_error(status.error().message);
    }
}

inline std::int64_t require(const Outcome<std::int64_t>& id) {
    if (!id.ok()) {
        throw std::runtime_error(id.error().message);
    }
    return id.value();
}

} // namespace jointly::bench

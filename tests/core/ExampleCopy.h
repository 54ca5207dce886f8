#pragma once

#include "core/TestSupport.h"
#include "project/Project.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>

namespace jointly::testing {

// A copy of the built example partnership in `dir`, opened for editing.
inline std::unique_ptr<project::Project> exampleCopy(TempDir& dir) {
    const auto copy = dir.file("example.jointly");
    std::filesystem::copy_file(JOINTLY_EXAMPLE_FILE, copy);
    auto opened = project::Project::open(copy);
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

} // namespace jointly::testing

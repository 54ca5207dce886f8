#pragma once

#include <string>

namespace jointly {

// The versions of the libraries the core runs on, for About and --version.
std::string sqliteVersion();
std::string boostVersion();

} // namespace jointly

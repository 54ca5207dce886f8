#include "LibraryVersions.h"

#include <boost/version.hpp>
#include <sqlite3.h>

namespace jointly {

std::string sqliteVersion() {
    return sqlite3_libversion();
}

std::string boostVersion() {
    return std::to_string(BOOST_VERSION / 100000) + "." +
           std::to_string(BOOST_VERSION / 100 % 1000) + "." + std::to_string(BOOST_VERSION % 100);
}

} // namespace jointly

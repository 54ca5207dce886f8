#include "needs/RowKeyHashes.h"

#include <functional>
#include <string>

namespace jointly::needs {

namespace {

std::uint64_t mixHash(std::uint64_t hash, std::uint64_t part) {
    hash ^= part + 0x9E3779B97F4A7C15ULL + (hash << 6) + (hash >> 2);
    hash *= 0xBF58476D1CE4E5B9ULL;
    return hash ^ (hash >> 31);
}

} // namespace

std::uint64_t keyHash(const IndicatorRow& row) {
    std::uint64_t hash = mixHash(0, static_cast<std::uint64_t>(row.periodKey));
    for (const std::string* part :
         {&row.areaCode, &row.sex, &row.age, &row.categoryType, &row.category, &row.period}) {
        hash = mixHash(hash, std::hash<std::string>{}(*part));
    }
    return hash;
}

} // namespace jointly::needs

#pragma once

#include "records/RecordKind.h"
#include "records/RecordStore.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace jointly::storage {
class Database;
}

// Records of one kind as the rows of a report's table, in the words the
// window shows: money in pounds, shares as percentages, choices by label,
// links by the linked record's name, an empty field as a dash.
namespace jointly::report {

struct RecordTable {
    std::vector<std::string> headings;
    std::vector<std::vector<std::string>> rows;
};

RecordTable recordTable(storage::Database& db, const records::RecordKind& kind,
                        const std::vector<std::string_view>& columns,
                        const std::function<bool(const records::Record&)>& keep = {});

} // namespace jointly::report

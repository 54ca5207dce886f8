#include "report/RecordTable.h"

#include "records/FieldInput.h"

#include <map>

namespace jointly::report {

RecordTable recordTable(storage::Database& db, const records::RecordKind& kind,
                        const std::vector<std::string_view>& columns,
                        const std::function<bool(const records::Record&)>& keep) {
    RecordTable table;
    std::vector<int> fields;
    std::map<int, std::map<std::int64_t, std::string>> linkNames;
    for (const auto column : columns) {
        const int field = records::fieldIndex(kind, column);
        if (field < 0) {
            continue;
        }
        const auto& spec = kind.fields[static_cast<std::size_t>(field)];
        table.headings.emplace_back(spec.label);
        fields.push_back(field);
        if (spec.type == records::FieldType::Link && spec.linksTo != nullptr) {
            for (auto& [id, name] : records::linkChoices(db, spec.linksTo())) {
                linkNames[field][id] = std::move(name);
            }
        }
    }
    if (!table.headings.empty()) {
        table.headings.front()[0] =
            static_cast<char>(std::toupper(static_cast<unsigned char>(table.headings.front()[0])));
    }
    records::forEachRecord(db, kind, [&](const records::Record& record) {
        if (keep && !keep(record)) {
            return true;
        }
        std::vector<std::string> row;
        for (const int field : fields) {
            const auto& spec = kind.fields[static_cast<std::size_t>(field)];
            const auto& value = record.values[static_cast<std::size_t>(field)];
            std::string text;
            if (spec.type == records::FieldType::Link) {
                if (const auto* id = std::get_if<std::int64_t>(&value)) {
                    text = linkNames[field][*id];
                }
            } else {
                text = records::formatValue(spec, value);
            }
            row.push_back(text.empty() ? std::string("\u2014") : text);
        }
        table.rows.push_back(std::move(row));
        return true;
    });
    return table;
}

} // namespace jointly::report

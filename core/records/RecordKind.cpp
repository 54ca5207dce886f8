#include "records/RecordKind.h"

#include <stdexcept>

namespace jointly::records {

int fieldIndex(const RecordKind& kind, std::string_view column) {
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        if (kind.fields[i].column == column) {
            return static_cast<int>(i);
        }
    }
    throw std::logic_error("No field " + std::string(column) + " in " + std::string(kind.table));
}

const FieldValue& Record::value(const RecordKind& kind, std::string_view column) const {
    return values.at(static_cast<std::size_t>(fieldIndex(kind, column)));
}

std::string Record::text(const RecordKind& kind, std::string_view column) const {
    const auto& v = value(kind, column);
    if (const auto* s = std::get_if<std::string>(&v)) {
        return *s;
    }
    if (const auto* n = std::get_if<std::int64_t>(&v)) {
        return std::to_string(*n);
    }
    return {};
}

std::int64_t Record::number(const RecordKind& kind, std::string_view column,
                            std::int64_t otherwise) const {
    const auto& v = value(kind, column);
    if (const auto* n = std::get_if<std::int64_t>(&v)) {
        return *n;
    }
    return otherwise;
}

bool Record::isEmpty(const RecordKind& kind, std::string_view column) const {
    const auto& v = value(kind, column);
    if (std::holds_alternative<std::monostate>(v)) {
        return true;
    }
    if (const auto* s = std::get_if<std::string>(&v)) {
        return s->find_first_not_of(" \t\r\n") == std::string::npos;
    }
    return false;
}

} // namespace jointly::records

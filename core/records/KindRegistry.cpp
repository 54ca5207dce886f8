#include "records/RecordKind.h"

namespace jointly::records {

const RecordKind* linkedKind(const FieldSpec& field) {
    return field.type == FieldType::Link && field.linksTo != nullptr ? &field.linksTo() : nullptr;
}

std::string_view linkedTable(const FieldSpec& field) {
    const auto* linked = linkedKind(field);
    return linked ? linked->table : std::string_view();
}

const RecordKind* kindForTable(std::string_view table) {
    for (const auto* kind : everyKind()) {
        if (!kind->oneRow && kind->table == table) {
            return kind;
        }
    }
    return nullptr;
}

} // namespace jointly::records

#include "sheets/RecordSheet.h"

#include "records/FieldInput.h"
#include "records/RecordKind.h"
#include "records/RecordStore.h"
#include "sheets/SheetWriter.h"
#include "util/Text.h"

#include <algorithm>
#include <map>
#include <variant>

namespace jointly::sheets {

namespace {

CellType cellTypeOf(records::FieldType type) {
    switch (type) {
    case records::FieldType::Count:
        return CellType::Number;
    case records::FieldType::Money:
        return CellType::Money;
    case records::FieldType::Share:
        return CellType::Share;
    case records::FieldType::Decimal:
        return CellType::Decimal;
    case records::FieldType::Date:
        return CellType::Date;
    default:
        return CellType::Text;
    }
}

int widthOf(records::FieldType type) {
    switch (type) {
    case records::FieldType::Text:
    case records::FieldType::Link:
        return 30;
    case records::FieldType::LongText:
        return 50;
    default:
        return 14;
    }
}

} // namespace

std::vector<Column> columnsOf(const records::RecordKind& kind) {
    std::vector<Column> columns;
    for (const auto& field : kind.fields) {
        columns.push_back(
            Column{util::capitalised(field.label), cellTypeOf(field.type), widthOf(field.type)});
    }
    return columns;
}

std::optional<std::size_t> writeRecords(storage::Database& db, const records::RecordKind& kind,
                                        SheetWriter& writer, const SheetProgress& progress) {
    // The names of the records each link may point at, read once.
    std::map<std::size_t, std::map<std::int64_t, std::string>> linkNames;
    for (std::size_t i = 0; i < kind.fields.size(); ++i) {
        const auto& field = kind.fields[i];
        if (field.type == records::FieldType::Link && field.linksTo != nullptr) {
            for (auto& [id, name] : records::linkChoices(db, field.linksTo())) {
                linkNames[i].emplace(id, std::move(name));
            }
        }
    }
    writer.startSheet(util::capitalised(kind.plural), columnsOf(kind));
    std::vector<Cell> cells;
    std::size_t written = 0;
    const std::size_t total =
        progress
            ? static_cast<std::size_t>(std::max<std::int64_t>(0, records::countRecords(db, kind)))
            : 0;
    bool stopped = progress && !progress(0, total);
    const auto writeRow = [&](const records::Record& record) {
        if (stopped) {
            return false;
        }
        cells.clear();
        for (std::size_t i = 0; i < kind.fields.size(); ++i) {
            const auto& field = kind.fields[i];
            const auto& value = record.values[i];
            if (std::holds_alternative<std::monostate>(value)) {
                cells.push_back(Cell::empty());
                continue;
            }
            const auto* number = std::get_if<std::int64_t>(&value);
            const auto type = cellTypeOf(field.type);
            if (field.type == records::FieldType::Link) {
                const auto& names = linkNames[i];
                const auto found = number ? names.find(*number) : names.end();
                cells.push_back(found == names.end() ? Cell::empty() : Cell::ofText(found->second));
            } else if (type == CellType::Date) {
                cells.push_back(Cell::ofDate(records::formatValue(field, value)));
            } else if (type != CellType::Text && number != nullptr) {
                cells.push_back(Cell::ofNumber(type, *number));
            } else {
                cells.push_back(Cell::ofText(records::formatValue(field, value)));
            }
        }
        writer.addRow(cells);
        ++written;
        if (progress && written % 1000 == 0 && !progress(written, total)) {
            stopped = true;
        }
        return !stopped;
    };
    if (kind.oneRow) {
        if (auto only = records::findRecord(db, kind, 1)) {
            writeRow(*only);
        }
    } else {
        // A row at a time: a long table needs no more memory than a short one.
        records::forEachRecord(db, kind, writeRow);
    }
    if (stopped) {
        return std::nullopt;
    }
    return written;
}

} // namespace jointly::sheets

#include "history/LayoutChange.h"

#include "history/ChangeDecoder.h"
#include "storage/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace jointly::history {

namespace {

void appendVarint(std::vector<unsigned char>& out, std::uint64_t value) {
    // SQLite's form: seven bits a byte, most significant first, the high bit
    // set on all but the last; a ninth byte, if needed, carries eight.
    if (value > 0x00ffffffffffffffULL) {
        unsigned char bytes[9];
        bytes[8] = static_cast<unsigned char>(value & 0xff);
        value >>= 8;
        for (int i = 7; i >= 0; --i) {
            bytes[i] = static_cast<unsigned char>((value & 0x7f) | 0x80);
            value >>= 7;
        }
        out.insert(out.end(), bytes, bytes + 9);
        return;
    }
    unsigned char bytes[8];
    int count = 0;
    do {
        bytes[count++] = static_cast<unsigned char>(value & 0x7f);
        value >>= 7;
    } while (value != 0);
    for (int i = count - 1; i >= 0; --i) {
        out.push_back(static_cast<unsigned char>(bytes[i] | (i > 0 ? 0x80 : 0)));
    }
}

void appendEightBytes(std::vector<unsigned char>& out, std::uint64_t bits) {
    for (int shift = 56; shift >= 0; shift -= 8) {
        out.push_back(static_cast<unsigned char>((bits >> shift) & 0xff));
    }
}

// A column's declared default (as PRAGMA table_info gives it: SQL text) as
// a changeset value. Only plain literals are read; anything else (an
// expression) fills with NULL.
std::vector<unsigned char> fillValueOf(const std::optional<std::string>& declared) {
    std::vector<unsigned char> value;
    if (!declared || declared->empty()) {
        value.push_back(0x05);
        return value;
    }
    const auto& text = *declared;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    std::int64_t whole = 0;
    if (auto [stop, problem] = std::from_chars(begin, end, whole);
        problem == std::errc() && stop == end) {
        value.push_back(0x01);
        appendEightBytes(value, static_cast<std::uint64_t>(whole));
        return value;
    }
    double real = 0;
    if (auto [stop, problem] = std::from_chars(begin, end, real);
        problem == std::errc() && stop == end) {
        value.push_back(0x02);
        appendEightBytes(value, std::bit_cast<std::uint64_t>(real));
        return value;
    }
    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
        std::string inner;
        for (std::size_t i = 1; i + 1 < text.size(); ++i) {
            inner += text[i];
            if (text[i] == '\'' && i + 2 < text.size() && text[i + 1] == '\'') {
                ++i; // '' stands for one quote
            }
        }
        value.push_back(0x03);
        appendVarint(value, inner.size());
        value.insert(value.end(), inner.begin(), inner.end());
        return value;
    }
    value.push_back(0x05);
    return value;
}

// Reads a changeset already found well formed (isWellFormed), so no read
// here can go past its end.
class Cursor {
public:
    explicit Cursor(const std::vector<unsigned char>& bytes) : bytes_(bytes) {}
    bool atEnd() const { return at_ >= bytes_.size(); }
    unsigned char byte() { return bytes_[at_++]; }
    std::uint64_t varint() {
        std::uint64_t out = 0;
        for (int i = 0; i < 9; ++i) {
            const auto b = byte();
            if (i == 8) {
                return (out << 8) | b;
            }
            out = (out << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return out;
    }
    std::string name() {
        std::string text;
        while (bytes_[at_] != 0) {
            text += static_cast<char>(bytes_[at_++]);
        }
        ++at_;
        return text;
    }
    void skip(std::uint64_t count) { at_ += static_cast<std::size_t>(count); }
    // One value, as its bytes: the type, then what the type needs.
    std::vector<unsigned char> value() {
        const auto start = at_;
        switch (byte()) {
        case 0x01:
        case 0x02:
            skip(8);
            break;
        case 0x03:
        case 0x04:
            skip(varint());
            break;
        default:
            break; // undefined or NULL: the type alone
        }
        return {bytes_.begin() + static_cast<std::ptrdiff_t>(start),
                bytes_.begin() + static_cast<std::ptrdiff_t>(at_)};
    }

private:
    const std::vector<unsigned char>& bytes_;
    std::size_t at_ = 0;
};

const std::vector<unsigned char> kUndefined{0x00};

// One table's part of a changeset as it is being rewritten.
struct Section {
    std::vector<unsigned char> header;
    std::vector<unsigned char> rows;
    const std::vector<ColumnLayout>* columns = nullptr; // after
    std::vector<int> fromBefore; // for each column after, its place before, or -1
    std::uint64_t columnsBefore = 0;
};

// Sets up the section for a table header; false when the table cannot be
// carried over.
bool startSection(Section& section, const std::string& table, std::uint64_t columnsBefore,
                  const TableLayouts& before, const TableLayouts& after) {
    auto was = before.find(table);
    auto now = after.find(table);
    if (was == before.end() || now == after.end() || was->second.size() != columnsBefore) {
        return false;
    }
    section = Section{};
    section.columns = &now->second;
    section.columnsBefore = columnsBefore;
    section.header.push_back('T');
    appendVarint(section.header, now->second.size());
    for (const auto& column : now->second) {
        int place = -1;
        for (std::size_t i = 0; i < was->second.size(); ++i) {
            if (was->second[i].name == column.name) {
                place = static_cast<int>(i);
            }
        }
        const unsigned char keyBefore =
            place < 0 ? 0 : was->second[static_cast<std::size_t>(place)].key;
        if (keyBefore != column.key) {
            return false; // the row could not be found again by its key
        }
        section.fromBefore.push_back(place);
        section.header.push_back(column.key);
    }
    for (const auto& column : was->second) {
        const bool kept = std::any_of(now->second.begin(), now->second.end(),
                                      [&](const ColumnLayout& c) { return c.name == column.name; });
        if (column.key != 0 && !kept) {
            return false; // a column of the key is gone
        }
    }
    section.header.insert(section.header.end(), table.begin(), table.end());
    section.header.push_back(0);
    return true;
}

// One row change rewritten into the section; a change left with nothing
// changed is dropped.
void carryRow(Section& section, unsigned char op, unsigned char indirect,
              const std::vector<std::vector<std::vector<unsigned char>>>& records) {
    std::vector<unsigned char> row{op, indirect};
    bool changesSomething = op != SQLITE_UPDATE;
    for (std::size_t r = 0; r < records.size(); ++r) {
        for (std::size_t c = 0; c < section.columns->size(); ++c) {
            const auto place = section.fromBefore[c];
            const auto& value = place >= 0            ? records[r][static_cast<std::size_t>(place)]
                                : op == SQLITE_UPDATE ? kUndefined
                                                      : (*section.columns)[c].fillValue;
            if (op == SQLITE_UPDATE && r == 1 && !(*section.columns)[c].key &&
                value.front() != 0x00) {
                changesSomething = true;
            }
            row.insert(row.end(), value.begin(), value.end());
        }
    }
    if (changesSomething) {
        section.rows.insert(section.rows.end(), row.begin(), row.end());
    }
}

void endSection(const Section& section, std::vector<unsigned char>& out) {
    if (!section.rows.empty()) {
        out.insert(out.end(), section.header.begin(), section.header.end());
        out.insert(out.end(), section.rows.begin(), section.rows.end());
    }
}

} // namespace

TableLayouts tableLayouts(storage::Database& db) {
    TableLayouts layouts;
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite%' ORDER BY name");
    while (tables.step()) {
        const auto table = tables.text(0);
        auto columns = db.prepare("SELECT name, dflt_value, pk FROM pragma_table_info(?1) ORDER "
                                  "BY cid");
        columns.bind(1, table);
        auto& layout = layouts[table];
        while (columns.step()) {
            ColumnLayout column;
            column.name = columns.text(0);
            column.fillValue = fillValueOf(columns.optionalText(1));
            column.key = static_cast<unsigned char>(std::min<std::int64_t>(columns.int64(2), 255));
            layout.push_back(std::move(column));
        }
    }
    return layouts;
}

std::optional<std::vector<unsigned char>> relayoutChanges(const std::vector<unsigned char>& changes,
                                                          const TableLayouts& before,
                                                          const TableLayouts& after) {
    if (!isWellFormed(changes)) {
        return std::nullopt;
    }
    std::vector<unsigned char> out;
    Cursor in(changes);
    Section section;
    while (!in.atEnd()) {
        const auto op = in.byte();
        if (op == 'T') {
            endSection(section, out);
            const auto columns = in.varint();
            in.skip(columns);
            if (!startSection(section, in.name(), columns, before, after)) {
                return std::nullopt;
            }
            continue;
        }
        const auto indirect = in.byte();
        std::vector<std::vector<std::vector<unsigned char>>> records(op == SQLITE_UPDATE ? 2 : 1);
        for (auto& record : records) {
            for (std::uint64_t c = 0; c < section.columnsBefore; ++c) {
                record.push_back(in.value());
            }
        }
        carryRow(section, op, indirect, records);
    }
    endSection(section, out);
    return out;
}

std::size_t carryKeptEdits(storage::Database& db, const TableLayouts& before) {
    if (!db.tableExists("edit_step")) {
        return 0;
    }
    const auto now = tableLayouts(db);
    auto steps = db.prepare("SELECT id, changes, undone FROM edit_step ORDER BY id DESC");
    auto rewrite = db.prepare("UPDATE edit_step SET changes = ?1 WHERE id = ?2");
    std::vector<std::int64_t> alone;      // forgotten by themselves
    std::optional<std::int64_t> lostFrom; // forgotten with every edit before
    while (steps.step()) {
        const auto id = steps.int64(0);
        const auto changes = steps.blob(1);
        auto carried = relayoutChanges(changes, before, now);
        if (carried && !carried->empty()) {
            if (*carried != changes) {
                rewrite.bindBlob(1, carried->data(), carried->size()).bind(2, id);
                rewrite.run();
                rewrite.reset();
            }
        } else if (carried || steps.int64(2) != 0) {
            // Nothing of it is left (it changed only what the upgrade
            // removed), so undoing it would do nothing; or it is undone
            // already, so nothing before it waits on it.
            alone.push_back(id);
        } else {
            lostFrom = id; // the edits before it cannot be undone past it
            break;
        }
    }
    steps.reset();
    auto forgetOne = db.prepare("DELETE FROM edit_step WHERE id = ?1");
    for (const auto id : alone) {
        forgetOne.bind(1, id);
        forgetOne.run();
        forgetOne.reset();
    }
    std::size_t forgotten = alone.size();
    if (lostFrom) {
        auto forget = db.prepare("DELETE FROM edit_step WHERE id <= ?1");
        forget.bind(1, *lostFrom);
        forget.run();
        forgotten += static_cast<std::size_t>(db.queryInt64("SELECT changes()"));
    }
    return forgotten;
}

} // namespace jointly::history

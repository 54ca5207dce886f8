#include "history/ChangeDecoder.h"

#include <sqlite3.h>

#include <climits>
#include <memory>

namespace jointly::history {

namespace {

struct IteratorCloser {
    void operator()(sqlite3_changeset_iter* it) const { sqlite3changeset_finalize(it); }
};

StoredValue valueOf(sqlite3_value* value) {
    if (value == nullptr) {
        return {};
    }
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return std::int64_t{sqlite3_value_int64(value)};
    case SQLITE_FLOAT:
        return sqlite3_value_double(value);
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
        return std::string(text ? text : "", static_cast<std::size_t>(sqlite3_value_bytes(value)));
    }
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const unsigned char*>(sqlite3_value_blob(value));
        const auto size = static_cast<std::size_t>(sqlite3_value_bytes(value));
        return bytes ? std::vector<unsigned char>(bytes, bytes + size)
                     : std::vector<unsigned char>();
    }
    default:
        return {};
    }
}

// Reads the changeset's bytes in order, never past their end.
class Reader {
public:
    explicit Reader(const std::vector<unsigned char>& bytes) : bytes_(bytes) {}
    bool atEnd() const { return at_ == bytes_.size(); }
    bool byte(unsigned char& out) {
        if (at_ >= bytes_.size()) {
            return false;
        }
        out = bytes_[at_++];
        return true;
    }
    bool skip(std::uint64_t count) {
        if (count > bytes_.size() - at_) {
            return false;
        }
        at_ += static_cast<std::size_t>(count);
        return true;
    }
    // SQLite's variable-length integer: seven bits a byte, high bit set on
    // all but the last, at most nine bytes (the ninth gives eight bits).
    bool varint(std::uint64_t& out) {
        out = 0;
        for (int i = 0; i < 9; ++i) {
            unsigned char b = 0;
            if (!byte(b)) {
                return false;
            }
            if (i == 8) {
                out = (out << 8) | b;
                return true;
            }
            out = (out << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                return true;
            }
        }
        return false;
    }
    // One value: undefined (only where `undefinedAllowed`), a whole number or
    // real (eight bytes), text or bytes (a length, then them), or NULL.
    bool value(bool undefinedAllowed) {
        unsigned char type = 0;
        if (!byte(type)) {
            return false;
        }
        std::uint64_t length = 0;
        switch (type) {
        case 0x00:
            return undefinedAllowed;
        case 0x01:
        case 0x02:
            return skip(8);
        case 0x03:
        case 0x04:
            return varint(length) && skip(length);
        case 0x05:
            return true;
        default:
            return false;
        }
    }
    // A table's name, ended by a zero byte.
    bool name() {
        const auto start = at_;
        while (at_ < bytes_.size() && bytes_[at_] != 0) {
            ++at_;
        }
        if (at_ == start || at_ >= bytes_.size()) {
            return false;
        }
        ++at_;
        return true;
    }

private:
    const std::vector<unsigned char>& bytes_;
    std::size_t at_ = 0;
};

// The most columns SQLite lets a table have.
constexpr std::uint64_t kMostColumns = 2000;

} // namespace

bool isWellFormed(const std::vector<unsigned char>& changes) {
    Reader in(changes);
    std::uint64_t columns = 0; // of the table the changes below belong to
    while (!in.atEnd()) {
        unsigned char op = 0;
        if (!in.byte(op)) {
            return false;
        }
        if (op == 'T') {
            if (!in.varint(columns) || columns == 0 || columns > kMostColumns ||
                !in.skip(columns) || !in.name()) {
                return false;
            }
            continue;
        }
        unsigned char indirect = 0;
        if (columns == 0 || !in.byte(indirect) || indirect > 1) {
            return false; // a change before any table, or a patchset's
        }
        const int records = op == SQLITE_UPDATE ? 2 : 1;
        if (op != SQLITE_INSERT && op != SQLITE_DELETE && op != SQLITE_UPDATE) {
            return false;
        }
        for (int r = 0; r < records; ++r) {
            for (std::uint64_t c = 0; c < columns; ++c) {
                if (!in.value(op == SQLITE_UPDATE)) {
                    return false;
                }
            }
        }
    }
    return true;
}

std::optional<std::vector<RowChange>> decodeChanges(const std::vector<unsigned char>& changes,
                                                    std::size_t limit, bool* more) {
    if (more != nullptr) {
        *more = false;
    }
    std::vector<RowChange> rows;
    if (changes.empty()) {
        return rows;
    }
    if (changes.size() > static_cast<std::size_t>(INT_MAX) || !isWellFormed(changes)) {
        return std::nullopt;
    }
    sqlite3_changeset_iter* raw = nullptr;
    if (sqlite3changeset_start(&raw, static_cast<int>(changes.size()),
                               const_cast<unsigned char*>(changes.data())) != SQLITE_OK) {
        return std::nullopt;
    }
    std::unique_ptr<sqlite3_changeset_iter, IteratorCloser> it(raw);
    int rc = SQLITE_OK;
    while ((rc = sqlite3changeset_next(raw)) == SQLITE_ROW) {
        if (rows.size() == limit) {
            if (more != nullptr) {
                *more = true;
            }
            return rows;
        }
        const char* table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        if (sqlite3changeset_op(raw, &table, &columns, &op, &indirect) != SQLITE_OK ||
            table == nullptr || columns < 0) {
            return std::nullopt;
        }
        unsigned char* keys = nullptr;
        int keyColumns = 0;
        if (sqlite3changeset_pk(raw, &keys, &keyColumns) != SQLITE_OK) {
            return std::nullopt;
        }
        RowChange row;
        row.table = table;
        row.op = op == SQLITE_INSERT   ? RowOp::Added
                 : op == SQLITE_DELETE ? RowOp::Removed
                                       : RowOp::Changed;
        for (int c = 0; c < columns; ++c) {
            sqlite3_value* before = nullptr;
            sqlite3_value* after = nullptr;
            if (row.op != RowOp::Added && sqlite3changeset_old(raw, c, &before) != SQLITE_OK) {
                return std::nullopt;
            }
            if (row.op != RowOp::Removed && sqlite3changeset_new(raw, c, &after) != SQLITE_OK) {
                return std::nullopt;
            }
            const bool key = keys != nullptr && c < keyColumns && keys[c] != 0;
            if (key) {
                // The primary key: in the old values of a change or removal,
                // the new values of an addition.
                const auto id = valueOf(row.op == RowOp::Added ? after : before);
                if (const auto* whole = std::get_if<std::int64_t>(&id)) {
                    row.id = *whole;
                }
            }
            // A change lists only the columns it changed: the others have
            // no new value recorded.
            if (row.op == RowOp::Changed && (after == nullptr || key)) {
                continue;
            }
            row.columns.push_back({c, valueOf(before), valueOf(after)});
        }
        rows.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE) {
        return std::nullopt;
    }
    return rows;
}

} // namespace jointly::history

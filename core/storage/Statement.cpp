#include "storage/Statement.h"

#include "storage/StorageError.h"

#include <sqlite3.h>

#include <cctype>
#include <utility>

namespace jointly::storage {

namespace {
bool onlyWhitespaceOrComments(const char* tail) {
    std::string_view rest(tail);
    while (!rest.empty()) {
        if (std::isspace(static_cast<unsigned char>(rest.front())) || rest.front() == ';') {
            rest.remove_prefix(1);
        } else if (rest.starts_with("--")) {
            auto end = rest.find('\n');
            rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
        } else {
            return false;
        }
    }
    return true;
}
} // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), 0, &stmt_, &tail);
    if (rc != SQLITE_OK) {
        throw StorageError(rc, std::string(sqlite3_errmsg(db)) + " in: " + std::string(sql));
    }
    if (stmt_ == nullptr) {
        throw StorageError(SQLITE_MISUSE, "Empty SQL statement");
    }
    const char* end = sql.data() + sql.size();
    if (tail != nullptr && tail < end &&
        !onlyWhitespaceOrComments(std::string(tail, end).c_str())) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        throw StorageError(SQLITE_MISUSE, "More than one SQL statement given to prepare()");
    }
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)) {
}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

void Statement::check(int rc) const {
    if (rc != SQLITE_OK) {
        throw StorageError(rc, sqlite3_errmsg(db_));
    }
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    check(
        sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindUncopied(int index, std::string_view text) {
    // A null pointer would bind NULL rather than empty text.
    const char* data = text.data() ? text.data() : "";
    check(sqlite3_bind_text64(stmt_, index, data, text.size(), SQLITE_STATIC, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindNull(int index) {
    check(sqlite3_bind_null(stmt_, index));
    return *this;
}

Statement& Statement::bindDouble(int index, double value) {
    check(sqlite3_bind_double(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::int64_t>& value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t size) {
    check(sqlite3_bind_blob64(stmt_, index, data, size, SQLITE_TRANSIENT));
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    throw StorageError(rc, sqlite3_errmsg(db_));
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

int Statement::columnType(int column) const {
    return sqlite3_column_type(stmt_, column);
}

std::string Statement::columnName(int column) const {
    const char* name = sqlite3_column_name(stmt_, column);
    return name ? std::string(name) : std::string();
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}

std::vector<unsigned char> Statement::blob(int column) const {
    const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_, column));
    if (data == nullptr) {
        return {};
    }
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column));
    return std::vector<unsigned char>(data, data + size);
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(stmt_, column);
    if (data == nullptr) {
        return {};
    }
    auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column));
    return std::string(reinterpret_cast<const char*>(data), size);
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return int64(column);
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

int Statement::columnCount() const {
    return sqlite3_column_count(stmt_);
}

} // namespace jointly::storage

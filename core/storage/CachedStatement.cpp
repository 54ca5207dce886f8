#include "storage/CachedStatement.h"

#include "storage/Database.h"

namespace jointly::storage {

CachedStatement::CachedStatement(Database& db, std::string sql,
                                 std::unique_ptr<Statement> statement)
    : db_(db), sql_(std::move(sql)), statement_(std::move(statement)) {
}

CachedStatement::~CachedStatement() {
    statement_->reset();
    db_.keepForReuse(std::move(sql_), std::move(statement_));
}

} // namespace jointly::storage

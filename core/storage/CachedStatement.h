#pragma once

#include "storage/Statement.h"

#include <memory>
#include <string>

namespace jointly::storage {

class Database;

// A statement prepared once per connection and used again, for the few run
// on every edit (the change history's own row, the next id): it is taken
// from the connection's cache while in use and given back, reset and with
// its values cleared, when this goes, so a statement never holds a read
// open between uses and two uses of the same text never share one.
class CachedStatement {
public:
    CachedStatement(Database& db, std::string sql, std::unique_ptr<Statement> statement);
    ~CachedStatement();
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;

    Statement& operator*() { return *statement_; }
    Statement* operator->() { return statement_.get(); }

private:
    Database& db_;
    std::string sql_;
    std::unique_ptr<Statement> statement_;
};

} // namespace jointly::storage

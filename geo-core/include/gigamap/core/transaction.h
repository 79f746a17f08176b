#pragma once

#include <string>

namespace gigamap::core {

class SqliteDatabase;

// An RAII write transaction: everything done while it lives lands on commit(),
// and is rolled back if it is destroyed uncommitted (an exception, an early return).
// Nested guards become savepoints, so a function that needs a transaction can
// take one whether or not its caller already has one.
class Transaction {
public:
    explicit Transaction(SqliteDatabase& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();

private:
    SqliteDatabase& db_;
    std::string savepoint_;  // empty for the outermost transaction
    bool done_ = false;
};

}  // namespace gigamap::core

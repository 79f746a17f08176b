#include "gigamap/core/transaction.h"

#include <atomic>

#include "gigamap/core/sqlite_database.h"

namespace gigamap::core {
namespace {

std::string nextSavepointName() {
    static std::atomic<unsigned long> counter{0};
    return "gigamap_sp_" + std::to_string(++counter);
}

}  // namespace

Transaction::Transaction(SqliteDatabase& db) : db_(db) {
    if (db_.inTransaction()) {
        savepoint_ = nextSavepointName();
        db_.exec("SAVEPOINT " + savepoint_);
    } else {
        // IMMEDIATE takes the write lock now, so a busy project fails here,
        // before any work is done, rather than at commit.
        db_.exec("BEGIN IMMEDIATE");
    }
}

Transaction::~Transaction() {
    if (done_) {
        return;
    }
    try {
        if (savepoint_.empty()) {
            db_.exec("ROLLBACK");
        } else {
            db_.exec("ROLLBACK TO " + savepoint_ + "; RELEASE " + savepoint_);
        }
    } catch (const std::exception&) {
        // A failed rollback leaves SQLite to roll back when the connection closes;
        // a destructor must not throw.
    }
}

void Transaction::commit() {
    db_.exec(savepoint_.empty() ? std::string("COMMIT") : "RELEASE " + savepoint_);
    done_ = true;
}

}  // namespace gigamap::core

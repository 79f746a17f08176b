#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "gigamap/core/value.h"

struct sqlite3;
struct sqlite3_stmt;

namespace gigamap::core {

class SqliteDatabase;

// A prepared statement. Parameters are 1-based as in SQLite, columns 0-based.
// Every failure becomes a StoreError carrying SQLite's message and the SQL.
class SqliteStatement {
public:
    SqliteStatement(const SqliteDatabase& db, std::string_view sql);

    SqliteStatement& bindValue(int index, const Value& value);
    SqliteStatement& bindNull(int index);
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, std::string_view value);
    SqliteStatement& bindBlob(int index, std::span<const unsigned char> blob);

    // Runs to the next row: true while there is a row to read.
    bool step();
    // Runs a statement that returns no rows (or whose rows do not matter).
    void run();
    // Clears the last run and its bindings, ready to run again.
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t columnInt64(int column) const;
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] std::string columnText(int column) const;
    [[nodiscard]] std::span<const unsigned char> columnBlob(int column) const;
    [[nodiscard]] Value columnValue(int column) const;

private:
    struct Finalizer {
        void operator()(sqlite3_stmt* stmt) const;
    };
    [[noreturn]] void fail(int rc) const;

    sqlite3* db_;
    std::string sql_;
    std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

}  // namespace gigamap::core

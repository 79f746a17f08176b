#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "gigamap/core/sqlite_statement.h"

struct sqlite3;

namespace gigamap::core {

// An open SQLite connection (RAII over sqlite3*). The wrapper layer for SQLite:
// every error code becomes a StoreError naming the file and what was being done.
class SqliteDatabase {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    SqliteDatabase(const std::filesystem::path& path, Mode mode);
    SqliteDatabase(SqliteDatabase&&) noexcept = default;
    SqliteDatabase& operator=(SqliteDatabase&&) noexcept = default;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;
    ~SqliteDatabase() = default;

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    [[nodiscard]] SqliteStatement prepare(std::string_view sql) const;
    // The first column of the first row of a query (NULL when there is no row).
    [[nodiscard]] Value queryValue(std::string_view sql) const;
    [[nodiscard]] bool tableExists(std::string_view table) const;

    [[nodiscard]] std::int64_t lastInsertRowid() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] bool readOnly() const;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] sqlite3* handle() const { return db_.get(); }

private:
    struct Closer {
        void operator()(sqlite3* db) const;
    };

    std::filesystem::path path_;
    std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace gigamap::core

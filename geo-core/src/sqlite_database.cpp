#include "gigamap/core/sqlite_database.h"

#include <sqlite3.h>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

// Long enough to outlast another process's single edit, short enough that a
// user is told promptly when the project is busy.
constexpr int kBusyTimeoutMs = 5000;

}  // namespace

void SqliteDatabase::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

SqliteDatabase::SqliteDatabase(const std::filesystem::path& path, Mode mode) : path_(path) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
        case Mode::ReadOnly:
            flags |= SQLITE_OPEN_READONLY;
            break;
        case Mode::ReadWrite:
            flags |= SQLITE_OPEN_READWRITE;
            break;
        case Mode::Create:
            flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
            break;
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    db_.reset(raw);
    if (rc != SQLITE_OK) {
        const std::string reason = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
        throw StoreError("cannot open " + path.string() + ": " + reason);
    }
    sqlite3_busy_timeout(db_.get(), kBusyTimeoutMs);
}

void SqliteDatabase::exec(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string reason = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StoreError("SQLite error in " + path_.string() + ": " + reason +
                         " while running: " + text.substr(0, 200));
    }
}

SqliteStatement SqliteDatabase::prepare(std::string_view sql) const {
    return SqliteStatement(*this, sql);
}

Value SqliteDatabase::queryValue(std::string_view sql) const {
    auto stmt = prepare(sql);
    if (!stmt.step()) {
        return std::monostate{};
    }
    return stmt.columnValue(0);
}

bool SqliteDatabase::tableExists(std::string_view table) const {
    auto stmt = prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?");
    stmt.bind(1, table);
    return stmt.step();
}

std::int64_t SqliteDatabase::lastInsertRowid() const {
    return sqlite3_last_insert_rowid(db_.get());
}

int SqliteDatabase::changes() const {
    return sqlite3_changes(db_.get());
}

bool SqliteDatabase::inTransaction() const {
    return sqlite3_get_autocommit(db_.get()) == 0;
}

bool SqliteDatabase::readOnly() const {
    return sqlite3_db_readonly(db_.get(), "main") == 1;
}

}  // namespace gigamap::core

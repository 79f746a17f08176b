#include "gigamap/core/sqlite_statement.h"

#include <sqlite3.h>

#include <limits>

#include "gigamap/core/error.h"
#include "gigamap/core/sqlite_database.h"

namespace gigamap::core {

void SqliteStatement::Finalizer::operator()(sqlite3_stmt* stmt) const {
    sqlite3_finalize(stmt);
}

SqliteStatement::SqliteStatement(const SqliteDatabase& db, std::string_view sql)
    : db_(db.handle()), sql_(sql) {
    sqlite3_stmt* raw = nullptr;
    const int rc =
        sqlite3_prepare_v2(db_, sql_.data(), static_cast<int>(sql_.size()), &raw, nullptr);
    stmt_.reset(raw);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
}

void SqliteStatement::fail(int rc) const {
    const char* file = sqlite3_db_filename(db_, "main");
    std::string message = std::string("SQLite error in ") + (file && *file ? file : "database") +
                          ": " + sqlite3_errmsg(db_) + " (" + sqlite3_errstr(rc) + ")";
    message += " while running: " + sql_.substr(0, 200);
    throw StoreError(message);
}

SqliteStatement& SqliteStatement::bindValue(int index, const Value& value) {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                bindNull(index);
            } else if constexpr (std::is_same_v<T, std::string>) {
                bind(index, std::string_view(v));
            } else {
                bind(index, v);
            }
        },
        value);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(stmt_.get(), index); rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(stmt_.get(), index, value); rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(stmt_.get(), index, value); rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view value) {
    const int rc = sqlite3_bind_text64(stmt_.get(), index, value.data(), value.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, std::span<const unsigned char> blob) {
    const int rc = blob.empty() ? sqlite3_bind_null(stmt_.get(), index)
                                : sqlite3_bind_blob64(stmt_.get(), index, blob.data(), blob.size(),
                                                      SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

bool SqliteStatement::step() {
    const int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const int extended = sqlite3_extended_errcode(db_);
    sqlite3_reset(stmt_.get());
    fail(extended);
}

void SqliteStatement::run() {
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset() {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
}

int SqliteStatement::columnCount() const {
    return sqlite3_column_count(stmt_.get());
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::columnInt64(int column) const {
    return sqlite3_column_int64(stmt_.get(), column);
}

double SqliteStatement::columnDouble(int column) const {
    return sqlite3_column_double(stmt_.get(), column);
}

std::string SqliteStatement::columnText(int column) const {
    const auto* text = sqlite3_column_text(stmt_.get(), column);
    const int size = sqlite3_column_bytes(stmt_.get(), column);
    if (text == nullptr) {
        return {};
    }
    return {reinterpret_cast<const char*>(text), static_cast<std::size_t>(size)};
}

std::span<const unsigned char> SqliteStatement::columnBlob(int column) const {
    const auto* data = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_.get(), column));
    const int size = sqlite3_column_bytes(stmt_.get(), column);
    if (data == nullptr) {
        return {};
    }
    return {data, static_cast<std::size_t>(size)};
}

Value SqliteStatement::columnValue(int column) const {
    switch (sqlite3_column_type(stmt_.get(), column)) {
        case SQLITE_INTEGER:
            return columnInt64(column);
        case SQLITE_FLOAT:
            return columnDouble(column);
        case SQLITE_TEXT:
            return columnText(column);
        case SQLITE_BLOB: {
            const auto blob = columnBlob(column);
            return std::string(blob.begin(), blob.end());
        }
        default:
            return std::monostate{};
    }
}

}  // namespace gigamap::core

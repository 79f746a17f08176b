#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/value.h"

struct pg_conn;
struct pg_result;

namespace gigamap::core {

// A query result (RAII over PGresult*). Rows and columns are 0-based.
class PgResult {
public:
    explicit PgResult(pg_result* result);

    [[nodiscard]] int rows() const;
    [[nodiscard]] int columns() const;
    [[nodiscard]] bool isNull(int row, int column) const;
    [[nodiscard]] std::string text(int row, int column) const;
    // The bytes of a value in binary format (a bytea, a geometry read as binary).
    [[nodiscard]] std::span<const unsigned char> bytes(int row, int column) const;
    [[nodiscard]] pg_result* handle() const { return result_.get(); }

private:
    struct Clearer {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Clearer> result_;
};

// An open libpq connection (RAII over PGconn*). The wrapper layer for libpq:
// every failure becomes a StoreError carrying the server's message and what
// was being done, never the connection string (it may hold a password).
// Values are always bound parameters; identifiers are quoted by libpq.
class PgConnection {
public:
    // `conninfo` is handed to libpq unchanged (a URI or key=value pairs).
    explicit PgConnection(const std::string& conninfo);

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    // Runs one statement with parameters $1..$n bound in text form (NULL for
    // monostate), results in text form unless `binaryResults`.
    PgResult query(std::string_view sql, const std::vector<Value>& parameters = {},
                   bool binaryResults = false);
    // Runs one query with binary results, handing its rows to `visit` one at a
    // time as they arrive (single-row mode) until `visit` returns false. The
    // connection is ready for the next command afterwards, also when `visit` threw.
    void stream(std::string_view sql, const std::vector<Value>& parameters,
                const std::function<bool(const PgResult& row)>& visit);
    // COPY ... FROM STDIN: `sql` is the COPY statement; `data` its text-format rows.
    void copyIn(std::string_view sql, std::string_view data);

    // `name` as an SQL identifier, quoted by libpq (PQescapeIdentifier).
    [[nodiscard]] std::string identifier(std::string_view name) const;
    [[nodiscard]] std::string database() const;
    [[nodiscard]] std::string user() const;
    [[nodiscard]] pg_conn* handle() const { return conn_.get(); }

private:
    struct Finisher {
        void operator()(pg_conn* conn) const;
    };
    PgResult check(pg_result* result, std::string_view what) const;
    [[noreturn]] void fail(std::string_view what, std::string_view message) const;
    std::unique_ptr<pg_conn, Finisher> conn_;
};

// BEGIN on construction, ROLLBACK on destruction unless committed.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& connection);
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction();
    void commit();

private:
    PgConnection& connection_;
    bool open_ = true;
};

}  // namespace gigamap::core

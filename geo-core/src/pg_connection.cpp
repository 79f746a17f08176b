#include "gigamap/core/pg_connection.h"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <exception>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

std::string serverMessage(const PGconn* conn) {
    std::string message = PQerrorMessage(conn);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
    }
    return message;
}

std::string parameterText(const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*integer);
    }
    // Shortest text that reads back as the same double.
    return fmt::format("{}", std::get<double>(value));
}

// Values as libpq's text-format parameters, NULL for monostate.
class Parameters {
public:
    explicit Parameters(const std::vector<Value>& values) {
        texts_.reserve(values.size());  // no reallocation: the pointers stay valid
        for (const auto& value : values) {
            pointers_.push_back(isNull(value) ? nullptr
                                              : texts_.emplace_back(parameterText(value)).c_str());
        }
    }
    [[nodiscard]] int count() const { return static_cast<int>(pointers_.size()); }
    [[nodiscard]] const char* const* values() const { return pointers_.data(); }

private:
    std::vector<std::string> texts_;
    std::vector<const char*> pointers_;
};

}  // namespace

void PgResult::Clearer::operator()(pg_result* result) const {
    PQclear(result);
}

PgResult::PgResult(pg_result* result) : result_(result) {}

int PgResult::rows() const {
    return PQntuples(result_.get());
}

int PgResult::columns() const {
    return PQnfields(result_.get());
}

bool PgResult::isNull(int row, int column) const {
    return PQgetisnull(result_.get(), row, column) != 0;
}

std::string PgResult::text(int row, int column) const {
    return {PQgetvalue(result_.get(), row, column),
            static_cast<std::size_t>(PQgetlength(result_.get(), row, column))};
}

std::span<const unsigned char> PgResult::bytes(int row, int column) const {
    const auto* data =
        reinterpret_cast<const unsigned char*>(PQgetvalue(result_.get(), row, column));
    return {data, static_cast<std::size_t>(PQgetlength(result_.get(), row, column))};
}

void PgConnection::Finisher::operator()(pg_conn* conn) const {
    PQfinish(conn);
}

PgConnection::PgConnection(const std::string& conninfo) : conn_(PQconnectdb(conninfo.c_str())) {
    if (!conn_) {
        throw StoreError("cannot connect to PostgreSQL: out of memory");
    }
    if (PQstatus(conn_.get()) != CONNECTION_OK) {
        // libpq's messages name host, port and socket, never the password.
        throw StoreError("cannot connect to PostgreSQL: " + serverMessage(conn_.get()));
    }
    exec("SET client_encoding = 'UTF8'");
}

PgResult PgConnection::check(pg_result* raw, std::string_view what) const {
    PgResult result(raw);
    const auto status = PQresultStatus(raw);
    if (raw == nullptr ||
        (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_COPY_IN)) {
        const char* sqlState = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
        fail(what, (sqlState ? fmt::format("[{}] ", sqlState) : "") + serverMessage(conn_.get()));
    }
    return result;
}

void PgConnection::fail(std::string_view what, std::string_view message) const {
    throw StoreError(fmt::format("PostgreSQL error in {} ({}): {}", database(), what, message));
}

void PgConnection::stream(std::string_view sql, const std::vector<Value>& parameters,
                          const std::function<bool(const PgResult& row)>& visit) {
    const std::string text(sql);
    const Parameters values(parameters);
    if (PQsendQueryParams(conn_.get(), text.c_str(), values.count(), nullptr, values.values(),
                          nullptr, nullptr, 1) != 1 ||
        PQsetSingleRowMode(conn_.get()) != 1) {
        fail(sql, serverMessage(conn_.get()));
    }
    bool wanted = true;
    std::exception_ptr thrown;
    std::string failure;
    // Every result is read, even after `visit` had enough or threw, so the
    // connection is ready for the next command.
    while (pg_result* raw = PQgetResult(conn_.get())) {
        const PgResult result(raw);
        const auto status = PQresultStatus(raw);
        if (status == PGRES_SINGLE_TUPLE) {
            if (wanted) {
                try {
                    wanted = visit(result);
                } catch (...) {
                    thrown = std::current_exception();
                    wanted = false;
                }
            }
        } else if (status != PGRES_TUPLES_OK && failure.empty()) {
            failure = PQresultErrorMessage(raw);
        }
    }
    if (thrown) {
        std::rethrow_exception(thrown);
    }
    if (!failure.empty()) {
        while (!failure.empty() && failure.back() == '\n') {
            failure.pop_back();
        }
        fail(sql, failure);
    }
}

void PgConnection::exec(std::string_view sql) {
    check(PQexec(conn_.get(), std::string(sql).c_str()), sql);
}

PgResult PgConnection::query(std::string_view sql, const std::vector<Value>& parameters,
                             bool binaryResults) {
    const Parameters values(parameters);
    return check(PQexecParams(conn_.get(), std::string(sql).c_str(), values.count(), nullptr,
                              values.values(), nullptr, nullptr, binaryResults ? 1 : 0),
                 sql);
}

void PgConnection::copyIn(std::string_view sql, std::string_view data) {
    check(PQexec(conn_.get(), std::string(sql).c_str()), sql);
    constexpr std::size_t kChunk = 1 << 20;
    for (std::size_t at = 0; at < data.size(); at += kChunk) {
        const auto part = data.substr(at, kChunk);
        if (PQputCopyData(conn_.get(), part.data(), static_cast<int>(part.size())) != 1) {
            fail(sql, serverMessage(conn_.get()));
        }
    }
    if (PQputCopyEnd(conn_.get(), nullptr) != 1) {
        fail(sql, serverMessage(conn_.get()));
    }
    // The COPY's own outcome, then the end of the command.
    while (pg_result* raw = PQgetResult(conn_.get())) {
        check(raw, sql);
    }
}

std::string PgConnection::identifier(std::string_view name) const {
    char* quoted = PQescapeIdentifier(conn_.get(), name.data(), name.size());
    if (quoted == nullptr) {
        throw StoreError(
            fmt::format("cannot quote the name '{}': {}", name, serverMessage(conn_.get())));
    }
    std::string result(quoted);
    PQfreemem(quoted);
    return result;
}

std::string PgConnection::database() const {
    return fmt::format("database {}", PQdb(conn_.get()));
}

std::string PgConnection::user() const {
    return PQuser(conn_.get());
}

PgTransaction::PgTransaction(PgConnection& connection) : connection_(connection) {
    connection_.exec("BEGIN");
}

PgTransaction::~PgTransaction() {
    if (open_) {
        try {
            connection_.exec("ROLLBACK");
        } catch (const StoreError&) {
            // The connection is gone: the server rolls back on its own.
        }
    }
}

void PgTransaction::commit() {
    connection_.exec("COMMIT");
    open_ = false;
}

}  // namespace gigamap::core

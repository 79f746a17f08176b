#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace gigamap::core {

// Where a project lives: a SpatiaLite file path, or a schema in a PostgreSQL
// database given as `postgresql://[user@][host][:port]/dbname?schema=NAME`
// (or `postgres://`). `schema` is taken out; everything else is handed to
// libpq unchanged, so its own parameters (sslmode, service, connect_timeout,
// application_name, ...) work. Passwords come from libpq's own mechanisms
// (PGPASSWORD, ~/.pgpass, service files); one written in the URI is accepted
// by libpq but never shown: display() leaves it out.
class ProjectLocator {
public:
    // Throws StoreError for a PostgreSQL URI without a valid schema.
    [[nodiscard]] static ProjectLocator parse(std::string_view text);

    [[nodiscard]] bool isServer() const { return server_; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    // The URI for libpq, without `schema` (may hold a password: never print it).
    [[nodiscard]] const std::string& conninfo() const { return conninfo_; }
    [[nodiscard]] const std::string& schema() const { return schema_; }
    // What messages, logs and recent lists show: the path, or the URI with the
    // schema and without any password.
    [[nodiscard]] std::string display() const;

private:
    bool server_ = false;
    std::filesystem::path path_;
    std::string conninfo_;
    std::string schema_;
};

// Whether `text` names a PostgreSQL project rather than a file.
[[nodiscard]] bool isServerLocator(std::string_view text);

}  // namespace gigamap::core

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/layer_schema.h"
#include "gigamap/core/pg_connection.h"

namespace gigamap::core {

// The SQL names of one project schema's tables and columns, each quoted by
// libpq (PQescapeIdentifier): any schema or layer name is safe in SQL.
class Names {
public:
    Names(const PgConnection& connection, std::string_view schema)
        : connection_(connection), schema_(connection.identifier(schema)) {}
    [[nodiscard]] std::string schema() const { return schema_; }
    [[nodiscard]] std::string table(std::string_view name) const {
        return schema_ + "." + connection_.identifier(name);
    }
    [[nodiscard]] std::string column(std::string_view name) const {
        return connection_.identifier(name);
    }
    [[nodiscard]] std::string columns(const std::vector<FieldSpec>& fields) const {
        std::string list;
        for (const auto& field : fields) {
            list += (list.empty() ? "" : ", ") + column(field.name);
        }
        return list;
    }

private:
    const PgConnection& connection_;
    std::string schema_;
};

}  // namespace gigamap::core

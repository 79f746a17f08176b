#include "gigamap/core/postgis_roles.h"

#include <fmt/format.h>

#include <initializer_list>

#include "gigamap/core/error.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/pg_connection.h"

namespace gigamap::core {
namespace {

// PostgreSQL's longest identifier (NAMEDATALEN - 1); longer names would be cut silently.
constexpr std::size_t kLongestName = 63;

std::string tableList(const PgConnection& connection, std::string_view schema) {
    std::string list;
    for (const auto& layer : projectLayers()) {
        list += (list.empty() ? "" : ", ") + connection.identifier(schema) + "." +
                connection.identifier(layer.table);
    }
    return list;
}

}  // namespace

ProjectRoles projectRoles(std::string_view schema) {
    ProjectRoles roles{fmt::format("{}_editor", schema), fmt::format("{}_viewer", schema)};
    if (roles.editor.size() > kLongestName || roles.viewer.size() > kLongestName) {
        throw StoreError(
            fmt::format("the schema name '{}' is too long for its roles' names ({} and {} "
                        "would be longer than PostgreSQL's {} bytes)",
                        schema, roles.editor, roles.viewer, kLongestName));
    }
    return roles;
}

ProjectRoles createProjectRoles(PgConnection& connection, std::string_view schema) {
    const ProjectRoles roles = projectRoles(schema);
    for (const auto* role : {&roles.editor, &roles.viewer}) {
        if (connection.query("SELECT 1 FROM pg_roles WHERE rolname = $1", {*role}).rows() == 0) {
            connection.exec("CREATE ROLE " + connection.identifier(*role) + " NOLOGIN");
        }
    }
    const std::string quotedSchema = connection.identifier(schema);
    const std::string editor = connection.identifier(roles.editor);
    const std::string viewer = connection.identifier(roles.viewer);
    const auto table = [&](std::string_view name) {
        return quotedSchema + "." + connection.identifier(name);
    };
    connection.exec(
        fmt::format("GRANT USAGE ON SCHEMA {0} TO {1}, {2};"
                    "GRANT SELECT ON ALL TABLES IN SCHEMA {0} TO {1}, {2};"
                    "GRANT INSERT, UPDATE, DELETE ON {3}, {4} TO {1};"
                    "GRANT INSERT ON {5} TO {1};"
                    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA {0} TO {1}",
                    quotedSchema, editor, viewer, tableList(connection, schema),
                    table("layer_styles"), table("edit_log")));
    return roles;
}

bool canEditProject(PgConnection& connection, std::string_view schema) {
    // has_table_privilege with several rights is true when any one is held: ask each.
    const auto may = [&](std::string_view table, std::initializer_list<const char*> rights) {
        const std::string name = connection.identifier(schema) + "." + connection.identifier(table);
        for (const char* right : rights) {
            if (connection.query("SELECT has_table_privilege($1, $2)", {name, std::string(right)})
                    .text(0, 0) != "t") {
                return false;
            }
        }
        return true;
    };
    for (const auto& layer : projectLayers()) {
        if (!may(layer.table, {"INSERT", "UPDATE", "DELETE"})) {
            return false;
        }
    }
    return may("edit_log", {"INSERT"});
}

}  // namespace gigamap::core

#pragma once

#include <string>
#include <string_view>

namespace gigamap::core {

class PgConnection;

// The two group roles of a server project (NOLOGIN; staff log in as their own
// roles and are made members): `<schema>_editor` may read and edit every
// layer, the styles and the edit log (add only); `<schema>_viewer` may read
// everything and change nothing, e.g. staff who check One Dig and publish
// reports. Give them with `GRANT lancaster_editor TO alice`.
struct ProjectRoles {
    std::string editor;
    std::string viewer;
};

// The role names of `schema`'s project; StoreError when they would be longer
// than PostgreSQL's 63 bytes (a schema name of more than 56 bytes).
[[nodiscard]] ProjectRoles projectRoles(std::string_view schema);

// Creates the two roles (existing ones are kept) and grants them their rights
// on `schema`, inside the connection's transaction when there is one. Needs a
// role with CREATEROLE that owns the schema; the server's refusal otherwise.
ProjectRoles createProjectRoles(PgConnection& connection, std::string_view schema);

// Whether the connection's role may edit the project in `schema`: insert,
// update and delete every layer's rows and add to the edit log.
[[nodiscard]] bool canEditProject(PgConnection& connection, std::string_view schema);

}  // namespace gigamap::core

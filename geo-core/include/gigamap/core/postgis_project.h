#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "gigamap/core/postgis_roles.h"
#include "gigamap/core/project.h"
#include "gigamap/core/project_handle.h"
#include "gigamap/core/project_locator.h"
#include "gigamap/core/project_meta.h"

namespace gigamap::core {

class FeatureStore;
class PgConnection;

// A gigamap project in a schema of a PostgreSQL database with PostGIS: every
// layer of the project schema (layer_schema.h) as a table with the same names
// and types, `fid` its primary key, `geom` a PostGIS typmod column in the
// project CRS with a GiST index (so geometry_columns, QGIS and ogrinfo see
// ordinary PostGIS layers), plus project_meta, layer_styles and edit_log.
// Every identifier is quoted by libpq; every value is a bound parameter.
class PostgisProject final : public ProjectHandle {
public:
    // Makes the schema in one transaction; refuses a schema that exists, a CRS
    // that is not projected in metres (CrsError) and a database without
    // PostGIS that this role cannot add it to. With `withRoles`, the same
    // transaction creates the project's editor and viewer roles (postgis_roles.h).
    [[nodiscard]] static PostgisProject create(const ProjectLocator& locator,
                                               const Project::CreateOptions& options,
                                               bool withRoles = false);
    // Opens the project in the locator's schema; NotAProjectError when the
    // schema holds none. ReadOnly makes every transaction on the connection
    // read-only (default_transaction_read_only), so the server refuses writes.
    [[nodiscard]] static PostgisProject open(const ProjectLocator& locator,
                                             Access access = Access::ReadWrite);

    // Copies a whole file project (every layer with its fids, project_meta:
    // name, CRS, sources, cost model; layer_styles; edit_log) into a new
    // schema, in one transaction: nothing is left behind by a failure. An
    // existing schema is refused unless `overwrite`, which replaces it.
    [[nodiscard]] static PostgisProject copyOf(Project& source, const ProjectLocator& destination,
                                               bool overwrite);
    // Copies this project into a new project file at `path`, in one transaction.
    [[nodiscard]] Project copyToFile(const std::filesystem::path& path) const;

    PostgisProject(PostgisProject&&) noexcept;
    PostgisProject& operator=(PostgisProject&&) noexcept;
    PostgisProject(const PostgisProject&) = delete;
    PostgisProject& operator=(const PostgisProject&) = delete;
    ~PostgisProject() override;

    [[nodiscard]] const ProjectLocator& locator() const;
    [[nodiscard]] std::string display() const override;
    // True when opened ReadOnly, and when the role it was opened as may read it
    // but not edit it (postgis_roles.h); every edit is then refused before it starts.
    [[nodiscard]] bool isReadOnly() const override;
    [[nodiscard]] int srid() const override;
    [[nodiscard]] ProjectMeta meta() const override;
    [[nodiscard]] std::map<std::string, std::string> metaValues() const override;
    [[nodiscard]] const FeatureStore& features() const override;
    // Throws StoreError with a sentence saying why when isReadOnly() (naming the
    // role when it is the role's rights).
    void requireWritable() const;
    [[nodiscard]] PgConnection& connection();

private:
    struct Impl;
    explicit PostgisProject(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace gigamap::core

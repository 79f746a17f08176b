#include "gigamap/core/schema_migrations.h"

#include <fmt/format.h>

#include <array>
#include <functional>
#include <string>

#include "gigamap/core/error.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project_identity.h"
#include "gigamap/core/sqlite_database.h"

namespace gigamap::core {
namespace {

// SpatiaLite reports failure of its SQL functions as a 0 result, not an SQL error.
void requireSpatialiteOk(SqliteDatabase& db, const std::string& sql, const std::string& what) {
    const Value result = db.queryValue(sql);
    if (!std::holds_alternative<std::int64_t>(result) || std::get<std::int64_t>(result) != 1) {
        throw StoreError("cannot " + what + " in " + db.path().string() +
                         " (SpatiaLite refused: " + sql + ")");
    }
}

void createLayer(SqliteDatabase& db, const LayerSchema& layer, int srid) {
    std::string columns = "fid INTEGER PRIMARY KEY";
    for (const auto& field : layer.fields) {
        columns += fmt::format(", \"{}\" {}", field.name, sqlTypeName(field.type));
    }
    db.exec(fmt::format("CREATE TABLE \"{}\" ({})", layer.table, columns));
    requireSpatialiteOk(db,
                        fmt::format("SELECT AddGeometryColumn('{}', 'geom', {}, '{}', 'XY')",
                                    layer.table, srid, spatialiteTypeName(layer.geometryType)),
                        "add the geometry column of " + layer.table);
    requireSpatialiteOk(db, fmt::format("SELECT CreateSpatialIndex('{}', 'geom')", layer.table),
                        "create the spatial index of " + layer.table);
    for (const auto& key : layer.naturalKeys) {
        db.exec(fmt::format("CREATE UNIQUE INDEX \"{0}_{1}_key\" ON \"{0}\" (\"{1}\")", layer.table,
                            key));
    }
}

void migration1CreateSchema(SqliteDatabase& db, int srid) {
    // 'NONE' keeps spatial_ref_sys to the CRSs the project uses instead of
    // thousands of rows; the storage CRS and WGS84 (for exports) are added.
    requireSpatialiteOk(db, "SELECT InitSpatialMetadata(0, 'NONE')",
                        "create the SpatiaLite metadata");
    requireSpatialiteOk(db, fmt::format("SELECT InsertEpsgSrid({})", srid),
                        fmt::format("register EPSG:{}", srid));
    if (srid != 4326) {
        requireSpatialiteOk(db, "SELECT InsertEpsgSrid(4326)", "register EPSG:4326");
    }
    for (const auto& layer : projectLayers()) {
        createLayer(db, layer, srid);
    }
    db.exec(R"sql(
        CREATE TABLE project_meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT
        );
        CREATE TABLE edit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            table_name TEXT NOT NULL,
            fid INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            before TEXT,
            after TEXT
        );
        CREATE INDEX edit_log_feature ON edit_log (table_name, fid);
        CREATE TABLE layer_styles (
            layer TEXT PRIMARY KEY NOT NULL,
            style TEXT NOT NULL,
            updated TEXT NOT NULL
        );
    )sql");
}

bool hasTable(SqliteDatabase& db, const std::string& table) {
    return !isNull(db.queryValue(
        fmt::format("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{}'", table)));
}

bool hasColumn(SqliteDatabase& db, const std::string& table, const std::string& column) {
    return !isNull(db.queryValue(
        fmt::format("SELECT 1 FROM pragma_table_info('{}') WHERE name = '{}'", table, column)));
}

// Adds every layer and field of today's schema the file lacks; the data
// already there is not touched.
void addMissingLayersAndFields(SqliteDatabase& db, int srid) {
    for (const auto& layer : projectLayers()) {
        if (!hasTable(db, layer.table)) {
            createLayer(db, layer, srid);
            continue;
        }
        for (const auto& field : layer.fields) {
            if (!hasColumn(db, layer.table, field.name)) {
                db.exec(fmt::format("ALTER TABLE \"{}\" ADD COLUMN \"{}\" {}", layer.table,
                                    field.name, sqlTypeName(field.type)));
            }
        }
    }
}

// Version 1 grew while it was current: mobile_postcodes and a few fields came
// after the first files were written, and such a file failed to open.
void migration2CompleteVersion1(SqliteDatabase& db, int srid) {
    addMissingLayersAndFields(db, srid);
}

// Issue 15: a duct's work category (ducts.work_category), the Street Manager
// permit fields of the feed since 2023 (street_works) and Section 58 status,
// extent, location type and duration (restrictions).
void migration3StreetManagerFields(SqliteDatabase& db, int srid) {
    addMissingLayersAndFields(db, srid);
}

// QGIS reads a layer's default style from a table named layer_styles with its
// own columns and logged an SQL error on gigamap's (layer, style, updated). The
// table takes QGIS's layout (that of its OGR and SpatiaLite providers); gigamap's
// own style rides along as JSON in gigamap_style. The styles already saved are
// kept; their QML is written by the application, which knows how they draw
// (render::StyleStore::completeQml), so styleQML stays NULL here.
void migration4QgisLayerStyles(SqliteDatabase& db, int /*srid*/) {
    if (hasColumn(db, "layer_styles", "f_table_name")) {
        return;  // already in QGIS's layout (a file whose version was set back by hand)
    }
    db.exec(R"sql(
        ALTER TABLE layer_styles RENAME TO gigamap_layer_styles_v2;
        CREATE TABLE layer_styles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            f_table_catalog TEXT(256),
            f_table_schema TEXT(256),
            f_table_name TEXT(256),
            f_geometry_column TEXT(256),
            styleName TEXT(30),
            styleQML TEXT,
            styleSLD TEXT,
            useAsDefault BOOLEAN,
            description TEXT,
            owner TEXT(30),
            ui TEXT(30),
            update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            gigamap_style TEXT
        );
        INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name,
                                  f_geometry_column, styleName, useAsDefault, description,
                                  owner, update_time, gigamap_style)
            SELECT '', '', layer, 'geom', 'gigamap', 1,
                   'The style gigamap draws the layer with', 'gigamap', updated, style
            FROM gigamap_layer_styles_v2 ORDER BY layer;
        DROP TABLE gigamap_layer_styles_v2;
    )sql");
}

using MigrationStep = void (*)(SqliteDatabase&, int srid);

// Index i holds migration i + 1. Append only: a released migration never changes.
constexpr std::array<MigrationStep, 4> kMigrations{
    &migration1CreateSchema, &migration2CompleteVersion1, &migration3StreetManagerFields,
    &migration4QgisLayerStyles};

}  // namespace

int SchemaMigrations::latestVersion() {
    return static_cast<int>(kMigrations.size());
}

void SchemaMigrations::migrate(SqliteDatabase& db, int fromVersion, int srid) {
    for (int version = fromVersion + 1; version <= latestVersion(); ++version) {
        kMigrations[static_cast<std::size_t>(version - 1)](db, srid);
        db.exec(fmt::format("PRAGMA user_version = {}", version));
    }
    db.exec(fmt::format("PRAGMA application_id = {}", kProjectApplicationId));
}

}  // namespace gigamap::core

#include "gigamap/core/spatial_index_suspension.h"

#include <fmt/format.h>

#include <exception>

#include "gigamap/core/error.h"
#include "gigamap/core/sqlite_database.h"

namespace gigamap::core {

SpatialIndexSuspension::SpatialIndexSuspension(SqliteDatabase& db, std::string table,
                                               Geometry geometry)
    : db_(db),
      table_(std::move(table)),
      geometry_(geometry),
      uncaught_(std::uncaught_exceptions()) {
    if (!db_.inTransaction()) {
        throw StoreError("the spatial index of " + table_ +
                         " can only be set aside inside a transaction");
    }
    // gi?_ keep idx_<table>_geom current; tm?_ stamp geometry_columns_time; gg?_
    // check type and SRID, which FeatureTable has already checked for every row.
    auto stmt = db_.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND "
        "(name LIKE 'gii\\_%' ESCAPE '\\' OR name LIKE 'giu\\_%' ESCAPE '\\' OR "
        "name LIKE 'gid\\_%' ESCAPE '\\' OR name LIKE 'tm_\\_%' ESCAPE '\\' OR "
        "name LIKE 'gg_\\_%' ESCAPE '\\')");
    stmt.bind(1, std::string_view(table_));
    while (stmt.step()) {
        triggers_.emplace_back(stmt.columnText(0), stmt.columnText(1));
    }
    stmt.reset();
    for (const auto& [name, sql] : triggers_) {
        db_.exec(fmt::format("DROP TRIGGER \"{}\"", name));
    }
}

SpatialIndexSuspension::~SpatialIndexSuspension() {
    if (finished_ || std::uncaught_exceptions() > uncaught_) {
        return;
    }
    try {
        finish();
    } catch (const std::exception&) {
        // The caller's commit will find the transaction in error; nothing to add here.
    }
}

void SpatialIndexSuspension::finish() {
    if (finished_) {
        return;
    }
    finished_ = true;
    for (const auto& [name, sql] : triggers_) {
        db_.exec(sql);
    }
    if (geometry_ == Geometry::Unchanged) {
        db_.exec(fmt::format(
            "UPDATE geometry_columns_time SET last_update = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
            "WHERE Lower(f_table_name) = Lower('{}') AND Lower(f_geometry_column) = 'geom'",
            table_));
        return;
    }
    db_.exec(fmt::format(
        "DELETE FROM \"idx_{0}_geom\"; "
        "INSERT INTO \"idx_{0}_geom\" (pkid, xmin, xmax, ymin, ymax) "
        "SELECT fid, MbrMinX(geom), MbrMaxX(geom), MbrMinY(geom), MbrMaxY(geom) FROM \"{0}\" "
        "WHERE geom IS NOT NULL; "
        "UPDATE geometry_columns_time SET last_insert = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
        "last_update = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE Lower(f_table_name) = Lower('{0}') AND Lower(f_geometry_column) = 'geom'",
        table_));
}

}  // namespace gigamap::core

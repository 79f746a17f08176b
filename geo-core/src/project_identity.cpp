#include "gigamap/core/project_identity.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"
#include "gigamap/core/schema_migrations.h"
#include "gigamap/core/sqlite_database.h"

namespace gigamap::core {
namespace {

constexpr std::int64_t kGeoPackageId = 0x47504B47;    // "GPKG"
constexpr std::int64_t kGeoPackage10Id = 0x47503130;  // "GP10"

std::int64_t pragmaInt(const SqliteDatabase& db, const char* pragma) {
    const Value value = db.queryValue(fmt::format("PRAGMA {}", pragma));
    return std::holds_alternative<std::int64_t>(value) ? std::get<std::int64_t>(value) : 0;
}

std::string describeForeignDatabase(const SqliteDatabase& db, std::int64_t applicationId) {
    if (applicationId == kGeoPackageId || applicationId == kGeoPackage10Id ||
        db.tableExists("gpkg_contents")) {
        return "a GeoPackage, not a gigamap project; bring its layers into a project with "
               "'gigamap-cli import vector'";
    }
    if (db.tableExists("spatial_ref_sys") && db.tableExists("geometry_columns")) {
        return "a SpatiaLite database but not a gigamap project; bring its layers into a "
               "project with 'gigamap-cli import vector'";
    }
    const Value tables = db.queryValue("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    const auto count =
        std::holds_alternative<std::int64_t>(tables) ? std::get<std::int64_t>(tables) : 0;
    if (count == 0) {
        return "an empty SQLite database, not a gigamap project";
    }
    return fmt::format("a plain SQLite database ({} table{}), not a gigamap project", count,
                       count == 1 ? "" : "s");
}

}  // namespace

int checkProjectIdentity(const SqliteDatabase& db) {
    std::int64_t applicationId = 0;
    try {
        applicationId = pragmaInt(db, "application_id");
    } catch (const StoreError&) {
        throw NotAProjectError(
            db.path().string() +
            " is not a readable SQLite database, so it is not a gigamap project");
    }
    if (applicationId != kProjectApplicationId) {
        throw NotAProjectError(db.path().string() + " is " +
                               describeForeignDatabase(db, applicationId));
    }
    const auto version = pragmaInt(db, "user_version");
    if (version > SchemaMigrations::latestVersion()) {
        throw NewerSchemaError(fmt::format(
            "{} was written by a newer gigamap (schema version {}; this gigamap reads up to {}). "
            "It has not been changed: open it with a newer gigamap.",
            db.path().string(), version, SchemaMigrations::latestVersion()));
    }
    if (version < 1) {
        throw NotAProjectError(db.path().string() +
                               " is a gigamap project whose creation did not finish");
    }
    return static_cast<int>(version);
}

}  // namespace gigamap::core

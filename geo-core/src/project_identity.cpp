#include "gigamap/core/project_identity.h"

#include <fmt/format.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <array>
#include <fstream>
#include <optional>
#include <string_view>

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

// Why SQLite cannot read a database in write-ahead-log mode, when the reason is
// its folder: a reader must create PATH-shm (and PATH-wal) beside it, which a
// read-only folder or a full disk refuses. Nothing when the file is not such a
// database or its folder looks fine.
std::optional<std::string> folderProblem(const std::filesystem::path& path) {
    std::array<char, 20> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in.read(header.data(), header.size()) ||
        std::string_view(header.data(), 16) != std::string_view("SQLite format 3\0", 16) ||
        (header[18] != 2 && header[19] != 2)) {  // 2: WAL
        return std::nullopt;
    }
    const auto folder =
        path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    struct statvfs space {};
    std::string why;
    if (::statvfs(folder.c_str(), &space) == 0 && (space.f_flag & ST_RDONLY) != 0U) {
        why = "the folder " + folder.string() + " is on a read-only file system";
    } else if (::access(folder.c_str(), W_OK) != 0) {
        why = "the folder " + folder.string() + " is not writable";
    } else if (::statvfs(folder.c_str(), &space) == 0 && space.f_bavail == 0) {
        why = "the disk holding " + folder.string() + " is full";
    } else {
        return std::nullopt;
    }
    const std::string name = path.filename().string();
    return fmt::format(
        "{} is a SQLite database with a write-ahead log, and SQLite cannot create {}-shm and "
        "{}-wal beside it: {}. The file itself is fine. To open it, copy it to a folder you can "
        "write to (for example: cp '{}' ~/), or read it without the log, read-only, with "
        "sqlite3 'file:{}?immutable=1'",
        path.string(), name, name, why, path.string(), path.string());
}

}  // namespace

int checkProjectIdentity(const SqliteDatabase& db) {
    std::int64_t applicationId = 0;
    try {
        applicationId = pragmaInt(db, "application_id");
    } catch (const StoreError&) {
        if (auto problem = folderProblem(db.path())) {
            throw StoreError(*problem);
        }
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

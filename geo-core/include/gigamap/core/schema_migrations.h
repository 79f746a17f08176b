#pragma once

namespace gigamap::core {

class SqliteDatabase;

// The project schema's history as numbered migrations, the schema version being
// PRAGMA user_version. Migration 1 creates the schema of docs/design.md.
class SchemaMigrations {
public:
    // The schema version this build writes; files with a higher one are refused.
    [[nodiscard]] static int latestVersion();
    // Brings the schema from `fromVersion` to latestVersion() inside the caller's
    // transaction; `srid` is the project's storage CRS.
    static void migrate(SqliteDatabase& db, int fromVersion, int srid);
};

}  // namespace gigamap::core

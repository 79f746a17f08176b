#pragma once

#include <cstdint>

namespace gigamap::core {

class SqliteDatabase;

// PRAGMA application_id of every gigamap project: "GMAP" in ASCII.
inline constexpr std::int32_t kProjectApplicationId = 0x474D4150;

// Decides whether an open SQLite database is a gigamap project this build can
// read. Throws NotAProjectError saying what the file is instead (GeoPackage,
// SpatiaLite, plain SQLite) or NewerSchemaError; returns the schema version.
int checkProjectIdentity(const SqliteDatabase& db);

}  // namespace gigamap::core

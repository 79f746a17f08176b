#pragma once

#include <filesystem>
#include <memory>

#include "gigamap/core/sqlite_database.h"

namespace gigamap::core {

// A SQLite connection with SpatiaLite's functions loaded through its own
// per-connection cache (spatialite_init_ex), so connections on different
// threads share no SpatiaLite state. The connection closes before the cache
// is released, as SpatiaLite requires.
class SpatialiteDatabase {
public:
    SpatialiteDatabase(const std::filesystem::path& path, SqliteDatabase::Mode mode);

    [[nodiscard]] SqliteDatabase& sql() { return db_; }
    [[nodiscard]] const SqliteDatabase& sql() const { return db_; }

private:
    struct CacheReleaser {
        void operator()(void* cache) const;
    };

    // Declared before db_ so that it is destroyed after it.
    std::unique_ptr<void, CacheReleaser> cache_;
    SqliteDatabase db_;
};

}  // namespace gigamap::core

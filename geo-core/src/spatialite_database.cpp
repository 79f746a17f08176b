#include "gigamap/core/spatialite_database.h"

// spatialite.h uses SQLite's types without including sqlite3.h.
#include <sqlite3.h>

#include <spatialite.h>

#include "gigamap/core/error.h"

namespace gigamap::core {
namespace {

void* allocateCache() {
    void* cache = spatialite_alloc_connection();
    if (cache == nullptr) {
        throw StoreError("cannot allocate a SpatiaLite connection");
    }
    return cache;
}

}  // namespace

void SpatialiteDatabase::CacheReleaser::operator()(void* cache) const {
    spatialite_cleanup_ex(cache);
}

SpatialiteDatabase::SpatialiteDatabase(const std::filesystem::path& path, SqliteDatabase::Mode mode)
    : cache_(allocateCache()), db_(path, mode) {
    spatialite_init_ex(db_.handle(), cache_.get(), 0);
}

}  // namespace gigamap::core

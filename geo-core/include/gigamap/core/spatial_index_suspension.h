#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gigamap::core {

class SqliteDatabase;

// Makes a large write to one layer fast. SpatiaLite keeps a layer's spatial
// index and timestamps up to date with per-row triggers that run SQL of their
// own for every row (RTreeAlign prepares a statement each time); inside the
// caller's transaction this sets those triggers aside and, at finish(), puts
// them back and rebuilds the index in one statement. Its geometry constraint
// triggers are set aside too: write only through FeatureTable, which checks type
// and SRID itself. Should the transaction roll back, SQLite restores everything.
class SpatialIndexSuspension {
public:
    enum class Geometry { Changes, Unchanged };

    // Throws StoreError unless `db` is inside a transaction. With Unchanged
    // (attribute-only writes) the index is not rebuilt at the end.
    SpatialIndexSuspension(SqliteDatabase& db, std::string table,
                           Geometry geometry = Geometry::Changes);
    SpatialIndexSuspension(const SpatialIndexSuspension&) = delete;
    SpatialIndexSuspension& operator=(const SpatialIndexSuspension&) = delete;
    // Finishes, unless an exception is unwinding (the transaction is being abandoned).
    ~SpatialIndexSuspension();

    void finish();

private:
    SqliteDatabase& db_;
    std::string table_;
    std::vector<std::pair<std::string, std::string>> triggers_;  // name, CREATE TRIGGER sql
    Geometry geometry_;
    int uncaught_;
    bool finished_ = false;
};

}  // namespace gigamap::core

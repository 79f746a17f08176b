#pragma once

#include <map>
#include <memory>
#include <string>

#include "gigamap/core/feature_store.h"

namespace gigamap::core {

class SqliteDatabase;
class SqliteStatement;

// FeatureStore on a SpatiaLite project file: box queries go through the
// layer's R*Tree (idx_<table>_geom); statements are prepared once per query
// shape and reused (reset between runs, holding no read lock), so a map drawing tile after tile
// prepares nothing.
class SpatialiteFeatureStore final : public FeatureStore {
public:
    explicit SpatialiteFeatureStore(const SqliteDatabase& db);
    ~SpatialiteFeatureStore() override;
    SpatialiteFeatureStore(const SpatialiteFeatureStore&) = delete;
    SpatialiteFeatureStore& operator=(const SpatialiteFeatureStore&) = delete;

    void scan(const LayerQuery& query,
              const std::function<bool(const FeatureRow&)>& visit) const override;
    [[nodiscard]] std::int64_t count(std::string_view table,
                                     const std::vector<FieldCondition>& where) const override;
    [[nodiscard]] std::optional<BoundingBox> extent(std::string_view table) const override;

private:
    class Lease;

    const SqliteDatabase& db_;
    mutable std::map<std::string, std::unique_ptr<SqliteStatement>, std::less<>> statements_;
};

}  // namespace gigamap::core

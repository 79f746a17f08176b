#pragma once

#include <string>

#include "gigamap/core/feature_store.h"

namespace gigamap::core {

class PgConnection;

// FeatureStore on a project schema in PostGIS. Rows stream from the server in
// binary form, one at a time (libpq's single-row mode), so a million
// postcodes never sit in memory at once and WKB goes straight to the caller.
// Order and values are the SpatiaLite store's: NULL first, text bytewise (C
// collation), then fid; box queries use the layer's GiST index.
class PostgisFeatureStore final : public FeatureStore {
public:
    PostgisFeatureStore(PgConnection& connection, std::string schema, int srid);

    void scan(const LayerQuery& query,
              const std::function<bool(const FeatureRow&)>& visit) const override;
    [[nodiscard]] std::int64_t count(std::string_view table,
                                     const std::vector<FieldCondition>& where) const override;
    [[nodiscard]] std::optional<BoundingBox> extent(std::string_view table) const override;

private:
    PgConnection& connection_;
    std::string schema_;
    int srid_;
};

}  // namespace gigamap::core

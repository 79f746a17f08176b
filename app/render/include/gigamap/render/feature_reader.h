#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/layer_query.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/spatialite_feature_store.h"
#include "gigamap/render/map_layer.h"

namespace gigamap::render {

// One feature as drawing needs it: the fields asked for, in order, and WKB.
using FeatureRow = core::FeatureRow;

// Streams the features of one layer whose index box meets a rectangle, with
// only the fields asked for, through the layer's spatial index: a map at
// street level reads a few hundred rows of a million. The query is geo-core's
// (core::FeatureStore), prepared once and reused for every box.
class FeatureReader {
public:
    FeatureReader(const core::SqliteDatabase& db, const core::LayerSchema& layer,
                  const std::vector<std::string>& fields,
                  const std::optional<DayFilter>& dayFilter = std::nullopt);

    // Calls `visit` for each feature, in fid order, until it returns false.
    // The row's WKB is valid only during the call. Throws core::StoreError when
    // a field (or a filter's field) is not one of the layer's.
    void forEachInBox(const core::BoundingBox& box,
                      const std::function<bool(const FeatureRow&)>& visit);

private:
    core::SpatialiteFeatureStore store_;
    core::LayerQuery query_;
};

}  // namespace gigamap::render

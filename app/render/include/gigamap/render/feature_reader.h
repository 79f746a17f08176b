#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/sqlite_statement.h"
#include "gigamap/core/value.h"
#include "gigamap/render/map_layer.h"

namespace gigamap::core {
class SqliteDatabase;
}

namespace gigamap::render {

// One feature as drawing needs it: the fields asked for, in order, and WKB.
struct FeatureRow {
    std::int64_t fid = 0;
    std::vector<core::Value> values;
    std::span<const unsigned char> wkb;
};

// Streams the features of one layer whose index box meets a rectangle, with
// only the fields asked for, through the layer's R*Tree: a map at street level
// reads a few hundred rows of a million. One prepared statement, reused.
class FeatureReader {
public:
    // Throws core::StoreError when a field (or a filter's field) is not one of the layer's.
    FeatureReader(const core::SqliteDatabase& db, const core::LayerSchema& layer,
                  const std::vector<std::string>& fields,
                  const std::optional<DayFilter>& dayFilter = std::nullopt);

    // Calls `visit` for each feature, in fid order, until it returns false.
    // The row's WKB is valid only during the call.
    void forEachInBox(const core::BoundingBox& box,
                      const std::function<bool(const FeatureRow&)>& visit);

private:
    core::SqliteStatement statement_;
    std::size_t fieldCount_;
    std::optional<std::string> day_;
};

}  // namespace gigamap::render

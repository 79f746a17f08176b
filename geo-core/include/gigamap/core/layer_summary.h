#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/layer_schema.h"

namespace gigamap::core {

// One line of a project's inventory: a layer, how many features it has and where.
struct LayerSummary {
    std::string table;
    GeometryType geometryType = GeometryType::Any;
    std::int64_t featureCount = 0;
    std::optional<BoundingBox> extent;
};

}  // namespace gigamap::core

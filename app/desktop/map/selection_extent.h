#pragma once

#include <optional>

#include "gigamap/core/bounding_box.h"
#include "gigamap/render/render_request.h"

namespace gigamap::core {
class SqliteDatabase;
}

namespace gigamap::desktop {

// The bounding box of the given features, or nothing when none has a geometry.
[[nodiscard]] std::optional<core::BoundingBox> featuresExtent(const core::SqliteDatabase& db,
                                                              const render::FeatureIds& features);

}  // namespace gigamap::desktop

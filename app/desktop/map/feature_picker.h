#pragma once

#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/render/map_layer.h"
#include "gigamap/render/render_request.h"

namespace gigamap::core {
class SqliteDatabase;
}

namespace gigamap::desktop {

// Finds the features of the visible project and result layers that a rectangle touches:
// candidates through each layer's spatial index, then an exact GEOS test, so
// a click beside a diagonal duct does not pick it.
class FeaturePicker {
public:
    explicit FeaturePicker(const core::SqliteDatabase& db);

    [[nodiscard]] render::FeatureIds featuresIn(const core::BoundingBox& box,
                                                const std::vector<render::MapLayer>& layers) const;

private:
    const core::SqliteDatabase& db_;
};

}  // namespace gigamap::desktop

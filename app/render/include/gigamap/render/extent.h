#pragma once

#include <algorithm>
#include <optional>

#include "gigamap/core/bounding_box.h"

namespace gigamap::render {

// Grows `extent` to cover `box` (or starts it with `box`).
inline void extendBy(std::optional<core::BoundingBox>& extent, const core::BoundingBox& box) {
    extent =
        extent
            ? core::BoundingBox{std::min(extent->minX, box.minX), std::min(extent->minY, box.minY),
                                std::max(extent->maxX, box.maxX), std::max(extent->maxY, box.maxY)}
            : box;
}

}  // namespace gigamap::render

#pragma once

#include <QPointF>

#include "gigamap/core/bounding_box.h"
#include "gigamap/render/map_viewport.h"

namespace gigamap::desktop {

// The map rectangle a click means: a few pixels around it, so that points and
// thin lines can be hit.
[[nodiscard]] core::BoundingBox clickBox(const render::MapViewport& viewport, QPointF pixel);

}  // namespace gigamap::desktop

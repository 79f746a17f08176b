#pragma once

#include <vector>

#include "centimetre_point.h"
#include "gigamap/core/feature.h"

namespace gigamap::bench {

// Little-endian 2D WKB of centimetre geometries, in metres.
[[nodiscard]] core::Wkb pointWkb(const CentimetrePoint& point);
[[nodiscard]] core::Wkb lineStringWkb(const std::vector<CentimetrePoint>& points);
// One closed exterior ring (first point repeated at the end), no holes.
[[nodiscard]] core::Wkb polygonWkb(const std::vector<CentimetrePoint>& ring);

}  // namespace gigamap::bench

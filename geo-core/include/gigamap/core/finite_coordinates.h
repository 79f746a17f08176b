#pragma once

#include <optional>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/feature.h"

namespace gigamap::core {

// Whether every coordinate of a WKB geometry (ISO or EWKB, 2D/Z/M/ZM, either
// byte order, nested collections) is a finite number. A NaN or infinite
// coordinate (GeoJSON's NaN, WKT's "nan", "inf") would make every analysis,
// export and report of the project fail, so the store refuses them. A WKB it
// cannot walk to its end is left to the WKB reader to refuse, with its own message.
[[nodiscard]] bool hasFiniteCoordinates(const Wkb& wkb);

// The box around every x and y of a WKB geometry; nothing for an empty one or
// one it cannot walk to its end (or that has a non-finite coordinate).
[[nodiscard]] std::optional<BoundingBox> wkbBounds(const Wkb& wkb);

// The reason an importer gives for such a row.
inline constexpr const char* kNonFiniteCoordinate =
    "a coordinate is not a number (NaN) or infinite";

}  // namespace gigamap::core

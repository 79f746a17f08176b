#pragma once

#include <span>
#include <vector>

#include "gigamap/core/geometry.h"

namespace gigamap::core {

class GeosContext;

// GEOS's overlay operations, run on `context` (the calling thread's); the
// results belong to it. Each throws GeometryError when GEOS fails.
[[nodiscard]] Geometry intersection(const GeosContext& context, const Geometry& a,
                                    const Geometry& b);
[[nodiscard]] Geometry difference(const GeosContext& context, const Geometry& a, const Geometry& b);
// The union of all the geometries (GEOS's cascaded unary union); an empty
// geometry collection when there are none.
[[nodiscard]] Geometry unionOf(const GeosContext& context, std::span<const Geometry> parts);
[[nodiscard]] Geometry unionOf(const GeosContext& context, std::span<const Geometry* const> parts);

// The shortest line from `a` to `b` (two equal points where they touch), as
// ST_ShortestLine gives.
[[nodiscard]] Geometry shortestLine(const GeosContext& context, const Geometry& a,
                                    const Geometry& b);
// The area within `distance` of the geometry (ST_Buffer with 8 segments per
// quarter circle, as PostGIS's default).
[[nodiscard]] Geometry buffer(const GeosContext& context, const Geometry& geometry,
                              double distance);

// A polygon with one ring, closed here if the last vertex is not the first.
[[nodiscard]] Geometry polygon(const GeosContext& context, std::span<const Coordinate> ring);

// The circle of `radius` around (x, y) as the regular 32-gon that GEOS's and
// PostGIS's buffers give with 8 segments per quarter circle: vertices at
// x + r·cos(kπ/16), y + r·sin(kπ/16).
[[nodiscard]] Geometry circle32(const GeosContext& context, Coordinate centre, double radius);

}  // namespace gigamap::core

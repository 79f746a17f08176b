#pragma once

#include <cstddef>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/coordinate.h"

namespace gigamap::core {

class Geometry;

// The vertices of a line (or of each line of a multi-line) kept as plain
// coordinates, so that the distance from a point is a loop over segments
// rather than a call through GEOS's general distance machinery: what the
// nearest-duct search does a million times.
class Polyline {
public:
    // Throws GeometryError for a geometry that is not a (multi)linestring.
    explicit Polyline(const Geometry& line);

    // The Euclidean distance from `p` to the nearest segment, computed as
    // GEOS computes a point-to-segment distance.
    [[nodiscard]] double distanceTo(const Coordinate& p) const;
    [[nodiscard]] const BoundingBox& box() const { return box_; }

private:
    std::vector<Coordinate> vertices_;
    std::vector<std::size_t> partEnds_;  // one past each part's last vertex
    BoundingBox box_;
};

}  // namespace gigamap::core

#pragma once

#include <algorithm>
#include <optional>
#include <span>

namespace gigamap::core {

struct Coordinate {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const Coordinate&, const Coordinate&) = default;
};

[[nodiscard]] inline double squaredDistance(const Coordinate& a, const Coordinate& b) {
    const double dx = a.x - b.x;
    const double dy = a.y - b.y;
    return dx * dx + dy * dy;
}

// The nearest point of segment ab to p (a itself for a zero-length segment).
[[nodiscard]] inline Coordinate nearestOnSegment(const Coordinate& p, const Coordinate& a,
                                                 const Coordinate& b) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    if (length2 == 0.0) {
        return a;
    }
    const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0);
    return {a.x + t * dx, a.y + t * dy};
}

// x, y of a 2D little-endian WKB point (as SpatiaLite's AsBinary and
// pointWkb write it), read without a geometry library; nothing for any other WKB.
[[nodiscard]] std::optional<Coordinate> wkbPointCoordinate(std::span<const unsigned char> wkb);

}  // namespace gigamap::core

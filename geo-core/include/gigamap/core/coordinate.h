#pragma once

#include <optional>
#include <span>

namespace gigamap::core {

struct Coordinate {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const Coordinate&, const Coordinate&) = default;
};

// x, y of a 2D little-endian WKB point (as SpatiaLite's AsBinary and
// pointWkb write it), read without a geometry library; nothing for any other WKB.
[[nodiscard]] std::optional<Coordinate> wkbPointCoordinate(std::span<const unsigned char> wkb);

}  // namespace gigamap::core

#pragma once

#include <algorithm>

namespace gigamap::core {

// An axis-aligned rectangle in the project CRS (metres).
struct BoundingBox {
    double minX = 0.0;
    double minY = 0.0;
    double maxX = 0.0;
    double maxY = 0.0;

    [[nodiscard]] bool intersects(const BoundingBox& other) const {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
    }
    [[nodiscard]] double width() const { return maxX - minX; }
    [[nodiscard]] double height() const { return maxY - minY; }

    friend bool operator==(const BoundingBox&, const BoundingBox&) = default;
};

}  // namespace gigamap::core

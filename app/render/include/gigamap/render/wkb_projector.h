#pragma once

#include <span>

#include "gigamap/render/map_viewport.h"
#include "gigamap/render/screen_geometry.h"

namespace gigamap::render {

// Reads OGC WKB (2D, Z, M and ZM; either byte order) straight into device
// pixels, dropping every vertex that lies within `tolerance` pixels of the last
// one kept: a line or polygon is simplified below the pixel, so a district
// seen whole is drawn from a fraction of its vertices.
class WkbProjector {
public:
    explicit WkbProjector(const MapViewport& viewport, double tolerance = 0.7);

    // Throws core::GeometryError when `wkb` is truncated or not WKB.
    [[nodiscard]] ScreenGeometry project(std::span<const unsigned char> wkb) const;

private:
    class Cursor;
    void readGeometry(Cursor& cursor, ScreenGeometry& out) const;
    [[nodiscard]] QPolygonF readPoints(Cursor& cursor, int dimensions) const;

    MapViewport viewport_;
    double tolerance_;
};

}  // namespace gigamap::render

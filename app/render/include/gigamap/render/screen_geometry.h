#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <vector>

namespace gigamap::render {

// A feature's geometry in device pixels, split by how it is drawn: markers at
// points, polylines, and polygons as one odd-even path (holes stay holes).
struct ScreenGeometry {
    std::vector<QPointF> points;
    std::vector<QPolygonF> lines;
    QPainterPath areas;

    [[nodiscard]] bool isEmpty() const {
        return points.empty() && lines.empty() && areas.isEmpty();
    }
    // The pixel rectangle it covers.
    [[nodiscard]] QRectF bounds() const;
};

// A point well inside the largest part of `areas`: the middle of the widest
// span across it at half its height (GEOS's interior point does the same), so a
// label lands on a crescent-shaped coastal ward, not in the sea beside it.
[[nodiscard]] QPointF interiorPoint(const QPainterPath& areas);

}  // namespace gigamap::render

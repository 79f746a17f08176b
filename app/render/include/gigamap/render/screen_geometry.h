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

}  // namespace gigamap::render

#include "gigamap/render/screen_geometry.h"

#include <algorithm>

namespace gigamap::render {

QRectF ScreenGeometry::bounds() const {
    QRectF rect = areas.isEmpty() ? QRectF() : areas.boundingRect();
    for (const auto& line : lines) {
        rect = rect.isNull() ? line.boundingRect() : rect.united(line.boundingRect());
    }
    for (const auto& point : points) {
        const QRectF dot(point, point);
        rect = rect.isNull() ? dot : rect.united(dot);
    }
    return rect;
}

QPointF interiorPoint(const QPainterPath& areas) {
    const QList<QPolygonF> rings = areas.toSubpathPolygons();
    // The outer ring of the largest part; holes are smaller than their shell.
    const QPolygonF* largest = nullptr;
    double largestArea = -1.0;
    for (const auto& ring : rings) {
        const QRectF box = ring.boundingRect();
        if (box.width() * box.height() > largestArea) {
            largestArea = box.width() * box.height();
            largest = &ring;
        }
    }
    if (largest == nullptr || largest->size() < 3) {
        return areas.boundingRect().center();
    }
    const double y = largest->boundingRect().center().y();
    // Where the horizontal line through the middle crosses every ring (holes
    // included), so that the spans between crossings alternate inside and out.
    std::vector<double> crossings;
    for (const auto& ring : rings) {
        for (qsizetype i = 0; i < ring.size(); ++i) {
            const QPointF a = ring[i];
            const QPointF b = ring[(i + 1) % ring.size()];
            if ((a.y() <= y) != (b.y() <= y)) {
                crossings.push_back(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
            }
        }
    }
    std::sort(crossings.begin(), crossings.end());
    double bestWidth = -1.0;
    QPointF best = areas.boundingRect().center();
    for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
        const double width = crossings[i + 1] - crossings[i];
        const double middle = (crossings[i] + crossings[i + 1]) / 2.0;
        if (width > bestWidth && largest->boundingRect().contains(QPointF(middle, y))) {
            bestWidth = width;
            best = QPointF(middle, y);
        }
    }
    return best;
}

}  // namespace gigamap::render

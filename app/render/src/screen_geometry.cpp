#include "gigamap/render/screen_geometry.h"

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

}  // namespace gigamap::render

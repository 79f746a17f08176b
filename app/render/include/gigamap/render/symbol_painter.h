#pragma once

#include <QImage>
#include <QPainterPath>
#include <map>

#include "gigamap/render/screen_geometry.h"
#include "gigamap/render/symbol.h"

class QPainter;

namespace gigamap::render {

// Draws geometries with symbols on one painter. Markers are drawn once per
// symbol into a small image and stamped, which keeps tens of thousands of
// points fast; the cache lives as long as the painter's layer does.
class SymbolPainter {
public:
    explicit SymbolPainter(QPainter& painter);

    void draw(const ScreenGeometry& geometry, const Symbol& symbol);
    void drawMarker(QPointF at, const Symbol& symbol);
    // A circle of `radius` pixels around `centre`: the symbol's outline, its fill faint.
    void drawRing(QPointF centre, double radius, const Symbol& symbol);

    // The outline of a marker of `symbol` centred on (0, 0).
    [[nodiscard]] static QPainterPath markerPath(const Symbol& symbol);
    [[nodiscard]] static QPen pen(const Symbol& symbol);
    [[nodiscard]] static QBrush brush(const Symbol& symbol);

private:
    const QImage& markerImage(const Symbol& symbol);

    QPainter& painter_;
    std::map<const Symbol*, QImage> markers_;
};

}  // namespace gigamap::render

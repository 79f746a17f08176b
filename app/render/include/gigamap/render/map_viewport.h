#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>

#include "gigamap/core/bounding_box.h"

namespace gigamap::render {

// What part of the map a device of `size` pixels shows: the map point at its
// centre and how many map units (metres) one pixel spans. North is up and
// pixels are square, as in every planner's map.
class MapViewport {
public:
    MapViewport() = default;
    MapViewport(QSize size, QPointF centre, double unitsPerPixel);

    // The viewport of `size` that shows all of `box`, centred on it.
    [[nodiscard]] static MapViewport fitting(const core::BoundingBox& box, QSize size);

    [[nodiscard]] QSize size() const { return size_; }
    [[nodiscard]] QPointF centre() const { return centre_; }
    [[nodiscard]] double unitsPerPixel() const { return unitsPerPixel_; }
    [[nodiscard]] bool isValid() const { return !size_.isEmpty() && unitsPerPixel_ > 0.0; }
    [[nodiscard]] core::BoundingBox extent() const;

    [[nodiscard]] QPointF toPixel(double x, double y) const;
    [[nodiscard]] QPointF toPixel(QPointF map) const { return toPixel(map.x(), map.y()); }
    [[nodiscard]] QPointF toMap(QPointF pixel) const;
    // The map rectangle between two pixels, in either order.
    [[nodiscard]] core::BoundingBox toMap(const QRectF& pixels) const;
    // Where `box` lies on this device, in pixels.
    [[nodiscard]] QRectF toPixels(const core::BoundingBox& box) const;

    // The map dragged by `delta` pixels: what was under the cursor stays under it.
    [[nodiscard]] MapViewport panned(QPointF delta) const;
    // Zoomed in by `factor` (> 1 in, < 1 out) keeping the map point under `pixel` fixed.
    [[nodiscard]] MapViewport zoomedAbout(QPointF pixel, double factor) const;
    // The same centre and resolution on a device of another size.
    [[nodiscard]] MapViewport resized(QSize size) const;

    // The map scale 1:N on a screen of `dpi` dots per inch.
    [[nodiscard]] double scaleDenominator(double dpi) const;
    [[nodiscard]] MapViewport withScaleDenominator(double denominator, double dpi) const;

    friend bool operator==(const MapViewport&, const MapViewport&) = default;

private:
    QSize size_;
    QPointF centre_;
    double unitsPerPixel_ = 0.0;
};

}  // namespace gigamap::render

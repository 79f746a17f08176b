#include "gigamap/render/map_viewport.h"

#include <algorithm>

namespace gigamap::render {
namespace {

constexpr double kMetresPerInch = 0.0254;

}  // namespace

MapViewport::MapViewport(QSize size, QPointF centre, double unitsPerPixel)
    : size_(size), centre_(centre), unitsPerPixel_(unitsPerPixel) {}

MapViewport MapViewport::fitting(const core::BoundingBox& box, QSize size) {
    const QSize device = size.isEmpty() ? QSize(1, 1) : size;
    const double perPixel = std::max(box.width() / device.width(), box.height() / device.height());
    const QPointF centre((box.minX + box.maxX) / 2.0, (box.minY + box.maxY) / 2.0);
    return {device, centre, perPixel > 0.0 ? perPixel : 1.0};
}

core::BoundingBox MapViewport::extent() const {
    const double halfWidth = size_.width() * unitsPerPixel_ / 2.0;
    const double halfHeight = size_.height() * unitsPerPixel_ / 2.0;
    return {centre_.x() - halfWidth, centre_.y() - halfHeight, centre_.x() + halfWidth,
            centre_.y() + halfHeight};
}

QPointF MapViewport::toPixel(double x, double y) const {
    return {(x - centre_.x()) / unitsPerPixel_ + size_.width() / 2.0,
            (centre_.y() - y) / unitsPerPixel_ + size_.height() / 2.0};
}

QPointF MapViewport::toMap(QPointF pixel) const {
    return {centre_.x() + (pixel.x() - size_.width() / 2.0) * unitsPerPixel_,
            centre_.y() - (pixel.y() - size_.height() / 2.0) * unitsPerPixel_};
}

core::BoundingBox MapViewport::toMap(const QRectF& pixels) const {
    const QRectF normal = pixels.normalized();
    const QPointF topLeft = toMap(normal.topLeft());
    const QPointF bottomRight = toMap(normal.bottomRight());
    return {topLeft.x(), bottomRight.y(), bottomRight.x(), topLeft.y()};
}

QRectF MapViewport::toPixels(const core::BoundingBox& box) const {
    return QRectF(toPixel(box.minX, box.maxY), toPixel(box.maxX, box.minY));
}

MapViewport MapViewport::panned(QPointF delta) const {
    return {
        size_,
        QPointF(centre_.x() - delta.x() * unitsPerPixel_, centre_.y() + delta.y() * unitsPerPixel_),
        unitsPerPixel_};
}

MapViewport MapViewport::zoomedAbout(QPointF pixel, double factor) const {
    const QPointF anchor = toMap(pixel);
    const double perPixel = unitsPerPixel_ / factor;
    // Keep `anchor` at `pixel`: centre = anchor - (pixel - middle) * perPixel.
    const QPointF centre(anchor.x() - (pixel.x() - size_.width() / 2.0) * perPixel,
                         anchor.y() + (pixel.y() - size_.height() / 2.0) * perPixel);
    return {size_, centre, perPixel};
}

MapViewport MapViewport::resized(QSize size) const {
    return {size, centre_, unitsPerPixel_};
}

double MapViewport::scaleDenominator(double dpi) const {
    return unitsPerPixel_ / (kMetresPerInch / dpi);
}

MapViewport MapViewport::withScaleDenominator(double denominator, double dpi) const {
    return {size_, centre_, denominator * kMetresPerInch / dpi};
}

}  // namespace gigamap::render

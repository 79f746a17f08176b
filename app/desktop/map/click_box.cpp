#include "map/click_box.h"

namespace gigamap::desktop {
namespace {

constexpr double kClickTolerancePixels = 4.0;

}  // namespace

core::BoundingBox clickBox(const render::MapViewport& viewport, QPointF pixel) {
    const QPointF offset(kClickTolerancePixels, kClickTolerancePixels);
    return viewport.toMap(QRectF(pixel - offset, pixel + offset));
}

}  // namespace gigamap::desktop

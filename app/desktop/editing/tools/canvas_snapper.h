#pragma once

#include <QPointF>
#include <optional>
#include <string>

#include "gigamap/core/snapper.h"

class QPainter;

namespace gigamap::desktop {

class EditSession;
class MapCanvas;

// Snapping as the editing tools see it: the tolerance in screen pixels (the
// user's preference) turned into metres at the canvas's current scale, and the
// marker and label that show what a point snapped to.
class CanvasSnapper {
public:
    CanvasSnapper(const MapCanvas& canvas, const EditSession& session);

    // The map point at `pixel`, and what it snaps to (nothing without a project).
    [[nodiscard]] std::optional<core::SnapMatch> snap(
        QPointF pixel, const core::Snapper::Exclusions& exclude = {}) const;
    [[nodiscard]] std::optional<core::SnapMatch> snapToDucts(
        QPointF pixel, const core::Snapper::Exclusions& exclude = {}) const;
    // The nearest feature of point layer `table` within the tolerance of `pixel`.
    [[nodiscard]] std::optional<core::Snapper::PointHit> nearestPoint(
        QPointF pixel, const std::string& table) const;
    [[nodiscard]] core::Coordinate toMap(QPointF pixel) const;
    [[nodiscard]] QPointF toPixel(const core::Coordinate& at) const;

    // The snap marker (a square for points, a circle for vertices, a cross on
    // a segment) with its label beside it, like a tooltip.
    void paint(QPainter& painter, const core::SnapMatch& match) const;

private:
    [[nodiscard]] double tolerance() const;

    const MapCanvas& canvas_;
    const EditSession& session_;
};

}  // namespace gigamap::desktop

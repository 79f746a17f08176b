#include "editing/tools/canvas_snapper.h"

#include <QFontMetricsF>
#include <QPainter>

#include "editing/edit_session.h"
#include "map/map_canvas.h"

namespace gigamap::desktop {

CanvasSnapper::CanvasSnapper(const MapCanvas& canvas, const EditSession& session)
    : canvas_(canvas), session_(session) {}

double CanvasSnapper::tolerance() const {
    return session_.snapTolerancePixels() * canvas_.viewport().unitsPerPixel();
}

core::Coordinate CanvasSnapper::toMap(QPointF pixel) const {
    const QPointF map = canvas_.viewport().toMap(pixel);
    return {map.x(), map.y()};
}

QPointF CanvasSnapper::toPixel(const core::Coordinate& at) const {
    return canvas_.viewport().toPixel(at.x, at.y);
}

std::optional<core::SnapMatch> CanvasSnapper::snap(QPointF pixel,
                                                   const core::Snapper::Exclusions& exclude) const {
    if (session_.project() == nullptr || !canvas_.viewport().isValid()) {
        return std::nullopt;
    }
    return core::Snapper(*session_.project()).snap(toMap(pixel), tolerance(), exclude);
}

std::optional<core::SnapMatch> CanvasSnapper::snapToDucts(
    QPointF pixel, const core::Snapper::Exclusions& exclude) const {
    if (session_.project() == nullptr || !canvas_.viewport().isValid()) {
        return std::nullopt;
    }
    return core::Snapper(*session_.project()).snapToDucts(toMap(pixel), tolerance(), exclude);
}

std::optional<core::Snapper::PointHit> CanvasSnapper::nearestPoint(QPointF pixel,
                                                                   const std::string& table) const {
    if (session_.project() == nullptr || !canvas_.viewport().isValid()) {
        return std::nullopt;
    }
    return core::Snapper(*session_.project()).nearestPoint(table, toMap(pixel), tolerance());
}

void CanvasSnapper::paint(QPainter& painter, const core::SnapMatch& match) const {
    const QPointF at = toPixel(match.at);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(230, 0, 170), 2.0));
    painter.setBrush(Qt::NoBrush);
    constexpr double r = 7.0;
    switch (match.kind) {
        case core::SnapMatch::Kind::Chamber:
        case core::SnapMatch::Kind::Node:
            painter.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
            break;
        case core::SnapMatch::Kind::DuctEnd:
        case core::SnapMatch::Kind::DuctVertex:
            painter.drawEllipse(at, r, r);
            break;
        case core::SnapMatch::Kind::DuctSegment:
            painter.drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
            painter.drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
            break;
    }
    // A tooltip-like label of what was snapped to, below right of the marker.
    const QString label = QString::fromStdString(match.label);
    const QFontMetricsF metrics(painter.font());
    QRectF box = metrics.boundingRect(label).adjusted(-4, -2, 4, 2);
    box.moveTopLeft(at + QPointF(r + 4, r + 4));
    painter.setPen(QColor(90, 90, 90));
    painter.setBrush(QColor(255, 255, 225));
    painter.drawRect(box);
    painter.setPen(Qt::black);
    painter.drawText(box, Qt::AlignCenter, label);
    painter.restore();
}

}  // namespace gigamap::desktop

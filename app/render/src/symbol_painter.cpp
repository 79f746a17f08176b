#include "gigamap/render/symbol_painter.h"

#include <QPainter>
#include <QPen>
#include <cmath>
#include <numbers>

namespace gigamap::render {
namespace {

Qt::PenStyle penStyle(LineDash dash) {
    switch (dash) {
        case LineDash::Solid:
            return Qt::SolidLine;
        case LineDash::Dash:
            return Qt::DashLine;
        case LineDash::Dot:
            return Qt::DotLine;
        case LineDash::DashDot:
            return Qt::DashDotLine;
    }
    return Qt::SolidLine;
}

QPainterPath regularPolygon(int corners, double radius, double innerRadius, double startAngle) {
    QPainterPath path;
    const int steps = innerRadius > 0.0 ? corners * 2 : corners;
    for (int i = 0; i < steps; ++i) {
        const double r = (innerRadius > 0.0 && i % 2 == 1) ? innerRadius : radius;
        const double angle = startAngle + 2.0 * std::numbers::pi * i / steps;
        const QPointF corner(r * std::cos(angle), r * std::sin(angle));
        if (i == 0) {
            path.moveTo(corner);
        } else {
            path.lineTo(corner);
        }
    }
    path.closeSubpath();
    return path;
}

}  // namespace

SymbolPainter::SymbolPainter(QPainter& painter) : painter_(painter) {}

QPen SymbolPainter::pen(const Symbol& symbol) {
    if (symbol.strokeWidth <= 0.0 || symbol.stroke.alpha() == 0) {
        return Qt::NoPen;
    }
    // Flat caps and bevel joins: round ones cost a Bézier curve at every vertex
    // and showed as a third of a district-wide redraw.
    return {symbol.stroke, symbol.strokeWidth, penStyle(symbol.dash), Qt::FlatCap, Qt::BevelJoin};
}

QBrush SymbolPainter::brush(const Symbol& symbol) {
    if (symbol.fill.alpha() == 0) {
        return Qt::NoBrush;
    }
    return {symbol.fill, symbol.hatched ? Qt::BDiagPattern : Qt::SolidPattern};
}

QPainterPath SymbolPainter::markerPath(const Symbol& symbol) {
    const double r = symbol.size / 2.0;
    const double up = -std::numbers::pi / 2.0;
    QPainterPath path;
    switch (symbol.marker) {
        case MarkerShape::Circle:
            path.addEllipse(QPointF(0, 0), r, r);
            break;
        case MarkerShape::Square:
            path.addRect(QRectF(-r, -r, 2 * r, 2 * r));
            break;
        case MarkerShape::Triangle:
            path = regularPolygon(3, r * 1.15, 0.0, up);
            break;
        case MarkerShape::Diamond:
            path = regularPolygon(4, r * 1.2, 0.0, up);
            break;
        case MarkerShape::Star:
            path = regularPolygon(5, r * 1.2, r * 0.5, up);
            break;
        case MarkerShape::Cross:
            path.addRect(QRectF(-r, -r / 4, 2 * r, r / 2));
            path.addRect(QRectF(-r / 4, -r, r / 2, 2 * r));
            path = path.simplified();
            break;
    }
    return path;
}

const QImage& SymbolPainter::markerImage(const Symbol& symbol) {
    auto it = markers_.find(&symbol);
    if (it != markers_.end()) {
        return it->second;
    }
    const double extent = symbol.size * 1.3 + symbol.strokeWidth * 2 + 2;
    const int side = static_cast<int>(std::ceil(extent)) | 1;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter stamp(&image);
        stamp.setRenderHint(QPainter::Antialiasing);
        stamp.translate(side / 2.0, side / 2.0);
        stamp.setPen(pen(symbol).style() == Qt::NoPen ? QPen(Qt::NoPen)
                                                      : QPen(symbol.stroke, symbol.strokeWidth));
        QBrush fill = symbol.fill.alpha() > 0 ? QBrush(symbol.fill) : QBrush(Qt::NoBrush);
        if (symbol.marker == MarkerShape::Cross && symbol.fill.alpha() == 0) {
            fill = QBrush(symbol.stroke);
        }
        stamp.setBrush(fill);
        stamp.drawPath(markerPath(symbol));
    }
    return markers_.emplace(&symbol, std::move(image)).first->second;
}

void SymbolPainter::drawMarker(QPointF at, const Symbol& symbol) {
    const QImage& image = markerImage(symbol);
    painter_.drawImage(QPointF(at.x() - image.width() / 2.0, at.y() - image.height() / 2.0), image);
}

void SymbolPainter::drawRing(QPointF centre, double radius, const Symbol& symbol) {
    QColor fill = symbol.fill.alpha() > 0 ? symbol.fill : symbol.stroke;
    fill.setAlphaF(0.12f);
    QColor outline = symbol.fill.alpha() > 0 ? symbol.fill.darker(130) : symbol.stroke;
    outline.setAlphaF(0.7f);
    painter_.setPen(QPen(outline, 1.0, Qt::DashLine));
    painter_.setBrush(fill);
    painter_.drawEllipse(centre, radius, radius);
}

void SymbolPainter::draw(const ScreenGeometry& geometry, const Symbol& symbol) {
    if (!geometry.areas.isEmpty()) {
        painter_.setPen(pen(symbol));
        painter_.setBrush(brush(symbol));
        painter_.drawPath(geometry.areas);
    }
    if (!geometry.lines.empty()) {
        painter_.setPen(pen(symbol));
        painter_.setBrush(Qt::NoBrush);
        for (const auto& line : geometry.lines) {
            painter_.drawPolyline(line);
        }
    }
    for (const auto& point : geometry.points) {
        drawMarker(point, symbol);
    }
}

}  // namespace gigamap::render

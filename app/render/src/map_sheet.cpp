#include "gigamap/render/map_sheet.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include "gigamap/core/feedback.h"
#include "gigamap/render/legend.h"
#include "gigamap/render/map_renderer.h"
#include "gigamap/render/render_request.h"

namespace gigamap::render {
namespace {

constexpr int kMargin = 8;
constexpr int kLegendWidth = 210;
constexpr int kTitleHeight = 34;
constexpr int kSwatch = 16;
const QColor kInk("#1d2530");
const QColor kFrame("#5b6b7a");

QFont sheetFont(double pointSize, bool bold = false) {
    QFont font("DejaVu Sans");
    font.setPixelSize(static_cast<int>(pointSize * 96.0 / 72.0));
    font.setBold(bold);
    return font;
}

void paintNorthArrow(QPainter& painter, const QRectF& map) {
    const QPointF tip(map.right() - 26, map.top() + 12);
    QPainterPath arrow;
    arrow.moveTo(tip);
    arrow.lineTo(tip + QPointF(9, 30));
    arrow.lineTo(tip + QPointF(0, 23));
    arrow.lineTo(tip + QPointF(-9, 30));
    arrow.closeSubpath();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 3));
    painter.drawPath(arrow);
    painter.setPen(QPen(kInk, 1));
    painter.setBrush(kInk);
    painter.drawPath(arrow);
    painter.setFont(sheetFont(9, true));
    painter.drawText(QRectF(tip.x() - 12, tip.y() + 30, 24, 16), Qt::AlignCenter, "N");
    painter.restore();
}

// One line of the legend: a swatch and its label; returns the next line's top.
double legendLine(QPainter& painter, double top, double left, double width, const QImage& swatch,
                  const QString& label, const QFont& font) {
    painter.drawImage(QRectF(left, top, kSwatch, kSwatch), swatch);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const QRectF text(left + kSwatch + 6, top, width - kSwatch - 6, 200);
    const QRectF used = painter.boundingRect(text, Qt::TextWordWrap, label);
    painter.drawText(text, Qt::TextWordWrap, label);
    return top + std::max<double>(kSwatch, used.height()) + 4;
}

void paintLegend(QPainter& painter, const QRectF& panel, const std::vector<MapLayer>& layers) {
    painter.save();
    painter.setPen(kInk);
    painter.setFont(sheetFont(10, true));
    double top = panel.top();
    painter.drawText(QRectF(panel.left(), top, panel.width(), 20), Qt::AlignLeft, "Legend");
    top += 24;
    const QFont layerFont = sheetFont(8, true);
    const QFont entryFont = sheetFont(7.5);
    for (const auto& layer : layers) {
        if (!layer.visible || top > panel.bottom() - kSwatch) {
            continue;
        }
        const auto type = layer.geometryType();
        const auto entries = legendEntries(layer.style);
        const QImage own = legendSwatch(layer.style.symbol, type, QSize(kSwatch, kSwatch));
        if (entries.empty()) {
            top =
                legendLine(painter, top, panel.left(), panel.width(), own, layer.title, layerFont);
            continue;
        }
        painter.setFont(layerFont);
        painter.drawText(QRectF(panel.left(), top, panel.width(), 16), Qt::AlignLeft, layer.title);
        top += 18;
        for (const auto& entry : entries) {
            if (top > panel.bottom() - kSwatch) {
                break;
            }
            top = legendLine(painter, top, panel.left() + 8, panel.width() - 8,
                             legendSwatch(entry.symbol, type, QSize(kSwatch, kSwatch)), entry.label,
                             entryFont);
        }
        top += 4;
    }
    painter.restore();
}

}  // namespace

void MapSheet::paint(QPainter& painter, QSize size, const std::vector<MapLayer>& layers,
                     const core::BoundingBox& extent, const MapSheetOptions& options,
                     const Overlay& overlay) const {
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    const double titleHeight = options.title.isEmpty() ? 0.0 : kTitleHeight;
    const QFont attributionFont = sheetFont(7);
    const QFontMetrics attributionMetrics(attributionFont);
    const double legendWidth = options.legend ? kLegendWidth : 0.0;
    const QRectF available(kMargin, kMargin + titleHeight, size.width() - 2 * kMargin - legendWidth,
                           size.height() - 2 * kMargin - titleHeight);
    const QRectF attributionBox =
        attributionMetrics.boundingRect(available.toRect(), Qt::TextWordWrap, options.attribution);
    const QRectF map(
        available.left(), available.top(), available.width(),
        available.height() - (options.attribution.isEmpty() ? 0.0 : attributionBox.height() + 6));

    if (!options.title.isEmpty()) {
        painter.setPen(QColor("#0b3d5c"));
        painter.setFont(sheetFont(13, true));
        painter.drawText(QRectF(kMargin, kMargin, size.width() - 2 * kMargin, titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, options.title);
    }

    RenderRequest request;
    request.viewport = MapViewport::fitting(extent, map.size().toSize());
    request.layers = layers;
    request.scaleBar = options.scaleBar;
    const core::Feedback uncancelled;
    painter.save();
    painter.translate(map.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), map.size()));
    MapRenderer(db_, srid_).paint(painter, request, uncancelled);
    if (overlay) {
        overlay(painter, request.viewport);
    }
    painter.restore();
    painter.setPen(QPen(kFrame, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(map);
    if (options.northArrow) {
        paintNorthArrow(painter, map);
    }
    if (!options.attribution.isEmpty()) {
        painter.setPen(QColor("#4a5968"));
        painter.setFont(attributionFont);
        painter.drawText(QRectF(map.left(), map.bottom() + 4, map.width(), attributionBox.height()),
                         Qt::TextWordWrap, options.attribution);
    }
    if (options.legend) {
        paintLegend(painter,
                    QRectF(map.right() + 12, map.top(), legendWidth - 12, available.height()),
                    layers);
    }
}

QImage MapSheet::image(QSize size, double pixelRatio, const std::vector<MapLayer>& layers,
                       const core::BoundingBox& extent, const MapSheetOptions& options,
                       const Overlay& overlay) const {
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, size, layers, extent, options, overlay);
    return image;
}

}  // namespace gigamap::render

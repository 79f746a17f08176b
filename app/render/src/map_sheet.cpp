#include "gigamap/render/map_sheet.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include "gigamap/core/feedback.h"
#include "gigamap/render/legend.h"
#include "gigamap/render/map_renderer.h"
#include "gigamap/render/render_request.h"
#include "gigamap/render/sheet_legend.h"
#include "sheet_font.h"

namespace gigamap::render {
namespace {

constexpr int kMargin = 8;
constexpr int kTitleHeight = 34;
constexpr double kLegendGap = 12.0;
// The legend may take this share of the sheet's width before it shrinks.
constexpr double kLegendShare = 0.38;
const QColor kInk("#1d2530");
const QColor kFrame("#5b6b7a");

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

}  // namespace

std::vector<QString> MapSheet::paint(QPainter& painter, QSize size,
                                     const std::vector<MapLayer>& layers,
                                     const core::BoundingBox& extent,
                                     const MapSheetOptions& options, const Overlay& overlay) const {
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    const double titleHeight = options.title.isEmpty() ? 0.0 : kTitleHeight;
    const QFont attributionFont = sheetFont(7);
    const QFontMetrics attributionMetrics(attributionFont);
    const double sheetHeight = size.height() - 2 * kMargin - titleHeight;
    const SheetLegend legend(options.legend ? layers : std::vector<MapLayer>{});
    const SheetLegend::Layout legendLayout =
        legend.layout(sheetHeight, kLegendShare * (size.width() - 2 * kMargin));
    const double legendWidth = legend.isEmpty() ? 0.0 : legendLayout.width + kLegendGap;
    const QRectF available(kMargin, kMargin + titleHeight, size.width() - 2 * kMargin - legendWidth,
                           sheetHeight);
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
    const MapRenderer renderer(db_, srid_);
    renderer.paint(painter, request, uncancelled);
    std::vector<QString> problems = renderer.problems();
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
    if (!legend.isEmpty()) {
        legend.paint(painter,
                     QRectF(map.right() + kLegendGap, map.top(), legendLayout.width, sheetHeight),
                     legendLayout);
    }
    return problems;
}

QImage MapSheet::image(QSize size, double pixelRatio, const std::vector<MapLayer>& layers,
                       const core::BoundingBox& extent, const MapSheetOptions& options,
                       const Overlay& overlay, std::vector<QString>* problems) const {
    QImage image(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    auto left = paint(painter, size, layers, extent, options, overlay);
    if (problems != nullptr) {
        *problems = std::move(left);
    }
    return image;
}

}  // namespace gigamap::render

#include "gigamap/render/legend.h"

#include <QPainter>
#include <algorithm>

#include "gigamap/render/symbol_painter.h"

namespace gigamap::render {

std::vector<LegendEntry> legendEntries(const LayerStyle& style) {
    std::vector<LegendEntry> entries;
    if (style.renderer == RendererKind::Categorised) {
        for (const auto& category : style.categories) {
            entries.push_back({category.label, category.symbol});
        }
    } else if (style.renderer == RendererKind::Graduated) {
        for (const auto& graduated : style.classes) {
            entries.push_back({graduated.label, graduated.symbol});
        }
    } else {
        return entries;
    }
    if (style.showOthers) {
        entries.push_back({QStringLiteral("Other"), style.symbol});
    }
    return entries;
}

QImage legendSwatch(const Symbol& symbol, core::GeometryType geometry, QSize size) {
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setOpacity(symbol.opacity);
    const QRectF area = QRectF(QPointF(0, 0), size).adjusted(2, 2, -2, -2);
    SymbolPainter symbols(painter);
    if (geometry == core::GeometryType::Point) {
        Symbol shown = symbol;
        shown.size = std::min(symbol.size, area.height());
        symbols.drawMarker(area.center(), shown);
    } else if (geometry == core::GeometryType::LineString) {
        painter.setPen(SymbolPainter::pen(symbol));
        painter.drawLine(QPointF(area.left(), area.center().y()),
                         QPointF(area.right(), area.center().y()));
    } else {
        painter.setPen(SymbolPainter::pen(symbol));
        painter.setBrush(SymbolPainter::brush(symbol));
        painter.drawRect(area);
    }
    return image;
}

}  // namespace gigamap::render

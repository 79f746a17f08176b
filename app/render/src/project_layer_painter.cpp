#include "project_layer_painter.h"

#include <QPainter>
#include <algorithm>
#include <optional>
#include <string>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/render/feature_reader.h"
#include "gigamap/render/result_layer.h"
#include "gigamap/render/symbol_painter.h"
#include "gigamap/render/wkb_projector.h"

namespace gigamap::render {
namespace {

// Cancellation is polled every this many features.
constexpr int kPollEvery = 256;
// Features just off the map whose markers or lines reach into it.
constexpr double kMarginPixels = 16.0;
// Coverage circles are read this far beyond the map so that their rims show.
constexpr double kRadiusMarginMetres = 1000.0;

Symbol highlightOf(const Symbol& symbol) {
    Symbol highlight = symbol;
    highlight.stroke = QColor(255, 214, 0);
    highlight.strokeWidth = std::max(3.0, symbol.strokeWidth + 2.0);
    highlight.dash = LineDash::Solid;
    highlight.fill = QColor(255, 214, 0, 70);  // faint: a selected ward must not hide the map
    highlight.hatched = false;
    highlight.opacity = 1.0;
    highlight.size = symbol.size + 5.0;
    return highlight;
}

std::optional<std::size_t> indexOf(const std::vector<std::string>& fields, const QString& name) {
    const auto it = std::find(fields.begin(), fields.end(), name.toStdString());
    if (name.isEmpty() || it == fields.end()) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(it - fields.begin());
}

bool isBelowAPixel(const ScreenGeometry& geometry) {
    const QRectF bounds = geometry.bounds();
    return bounds.width() < 1.0 && bounds.height() < 1.0;
}

QPointF labelAnchor(const ScreenGeometry& geometry, const Symbol& symbol) {
    if (!geometry.areas.isEmpty()) {
        return geometry.areas.boundingRect().center();
    }
    if (!geometry.lines.empty()) {
        const QPolygonF& line = geometry.lines.front();
        return line[line.size() / 2];
    }
    return geometry.points.front() - QPointF(0.0, symbol.size + 5.0);
}

}  // namespace

ProjectLayerPainter::ProjectLayerPainter(const core::SqliteDatabase& db,
                                         const MapViewport& viewport, LabelPlacer& labels,
                                         const core::Feedback& feedback)
    : db_(db), viewport_(viewport), labels_(labels), feedback_(feedback) {}

void ProjectLayerPainter::paint(QPainter& painter, const MapLayer& layer,
                                const std::set<std::int64_t>* selected) const {
    const LayerStyle& style = layer.style;
    std::vector<std::string> fields;
    for (const auto& name : style.fieldsUsed()) {
        fields.push_back(name.toStdString());
    }
    const auto classIndex =
        style.renderer == RendererKind::SingleSymbol ? std::nullopt : indexOf(fields, style.field);
    const auto labelIndex = indexOf(fields, style.labelField);
    const auto radiusIndex = indexOf(fields, style.radiusField);

    const double margin =
        kMarginPixels * viewport_.unitsPerPixel() + (radiusIndex ? kRadiusMarginMetres : 0.0);
    core::BoundingBox box = viewport_.extent();
    box = {box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin};

    const WkbProjector projector(viewport_);
    SymbolPainter symbols(painter);
    std::vector<std::pair<ScreenGeometry, const Symbol*>> highlighted;
    const core::Value none;
    int count = 0;
    const auto visit = [&](const FeatureRow& row) {
        if (++count % kPollEvery == 0 && feedback_.isCancelled()) {
            return false;
        }
        const Symbol* symbol = style.symbolFor(classIndex ? row.values[*classIndex] : none);
        if (symbol == nullptr) {
            return true;
        }
        ScreenGeometry geometry;
        try {
            geometry = projector.project(row.wkb);
        } catch (const core::GeometryError&) {
            return true;  // one unreadable geometry must not blank the whole map
        }
        if (geometry.isEmpty()) {
            return true;
        }
        painter.setOpacity(symbol->opacity);
        if (radiusIndex) {
            if (const auto radius = valueNumber(row.values[*radiusIndex]); radius && *radius > 0) {
                for (const auto& point : geometry.points) {
                    symbols.drawRing(point, *radius / viewport_.unitsPerPixel(), *symbol);
                }
            }
        }
        if (geometry.points.empty() && isBelowAPixel(geometry)) {
            // A whole line or polygon inside one pixel: a dot, not a path to stroke.
            painter.fillRect(QRectF(geometry.bounds().center() - QPointF(0.5, 0.5), QSizeF(1, 1)),
                             symbol->stroke);
        } else {
            symbols.draw(geometry, *symbol);
        }
        if (labelIndex) {
            labels_.add(valueText(row.values[*labelIndex]), labelAnchor(geometry, *symbol),
                        style.labelColour, style.labelSize);
        }
        if (selected != nullptr && selected->contains(row.fid)) {
            highlighted.emplace_back(std::move(geometry), symbol);
        }
        return true;
    };
    if (layer.result) {
        layer.result->forEachInBox(box, fields, visit);
    } else {
        FeatureReader(db_, core::layerSchema(layer.table), fields, layer.dayFilter)
            .forEachInBox(box, visit);
    }
    painter.setOpacity(1.0);
    std::vector<Symbol> highlights;
    highlights.reserve(highlighted.size());
    for (const auto& [geometry, symbol] : highlighted) {
        highlights.push_back(highlightOf(*symbol));
    }
    SymbolPainter highlightPainter(painter);
    for (std::size_t i = 0; i < highlighted.size(); ++i) {
        highlightPainter.draw(highlighted[i].first, highlights[i]);
        symbols.draw(highlighted[i].first, *highlighted[i].second);
    }
}

}  // namespace gigamap::render

#include "project_layer_painter.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_set>

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

QPointF labelAnchor(const ScreenGeometry& geometry) {
    if (!geometry.areas.isEmpty()) {
        return interiorPoint(geometry.areas);
    }
    if (!geometry.lines.empty()) {
        const QPolygonF& line = geometry.lines.front();
        return line[line.size() / 2];
    }
    return geometry.points.front();
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

    // Markers closer than most of a marker's width hide each other: only the
    // first in each cell of that size is drawn, so that at district scale
    // thousands of postcodes thin out instead of merging into one blot.
    const double cell = std::max(3.0, style.symbol.size * 0.8);
    std::unordered_set<std::int64_t> occupiedCells;
    const auto crowded = [&](QPointF point) {
        const auto column = static_cast<std::int64_t>(std::floor(point.x() / cell));
        const auto row = static_cast<std::int64_t>(std::floor(point.y() / cell));
        return !occupiedCells.insert(column * 1'000'003 + row).second;
    };
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
        const bool isSelected = selected != nullptr && selected->contains(row.fid);
        if (!radiusIndex && !isSelected && geometry.points.size() == 1 && geometry.lines.empty() &&
            geometry.areas.isEmpty() && crowded(geometry.points.front())) {
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
        if (labelIndex && geometry.areas.isEmpty() && geometry.lines.empty()) {
            labels_.addBeside(valueText(row.values[*labelIndex]), geometry.points.front(),
                              symbol->size / 2.0 + 2.0, style.labelColour, style.labelSize);
        } else if (labelIndex) {
            labels_.add(valueText(row.values[*labelIndex]), labelAnchor(geometry),
                        style.labelColour, style.labelSize);
        }
        if (isSelected) {
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

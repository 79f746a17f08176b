#pragma once

#include <QImage>
#include <QString>
#include <vector>

#include "gigamap/core/layer_schema.h"
#include "gigamap/render/layer_style.h"

namespace gigamap::render {

struct LegendEntry {
    QString label;
    Symbol symbol;
};

// What the legend lists for a style: nothing for a single symbol (the layer's
// own swatch says it), else each category or class, then "Other" when
// unmatched features are drawn.
[[nodiscard]] std::vector<LegendEntry> legendEntries(const LayerStyle& style);

// A small picture of `symbol` as it looks on the map for a layer of `geometry`:
// a marker, a line, or a filled square (GeometryType::Any shows a square).
[[nodiscard]] QImage legendSwatch(const Symbol& symbol, core::GeometryType geometry, QSize size);

}  // namespace gigamap::render

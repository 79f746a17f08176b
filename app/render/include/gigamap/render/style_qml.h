#pragma once

#include <QString>
#include <optional>

#include "gigamap/core/layer_schema.h"
#include "gigamap/render/layer_style.h"

namespace gigamap::render {

// A gigamap style as a QGIS layer style (QML): the single symbol,
// categorised or graduated renderer with simple marker, line and fill symbol
// layers sized in pixels, a hotspot's coverage circle as a marker sized from
// its radius field in map units, and simple labels. What QGIS reads from the
// project's layer_styles table, so a colleague's QGIS draws the layer as gigamap
// does. The same style always gives the same text.
[[nodiscard]] QString styleToQml(const LayerStyle& style, core::GeometryType geometry);

// The gigamap style a QGIS style describes, where it can: the three renderers
// above with their first simple marker, line or fill layer and simple labels.
// std::nullopt for anything else (rule-based renderers, expressions as the
// classified field, not QML at all), which the caller replaces by its own.
[[nodiscard]] std::optional<LayerStyle> styleFromQml(const QString& qml);

}  // namespace gigamap::render

#pragma once

#include <QImage>
#include <QString>

#include <functional>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/render/map_layer.h"
#include "gigamap/render/map_viewport.h"

class QPainter;

namespace gigamap::core {
class SqliteDatabase;
}

namespace gigamap::render {

// What a map sheet shows besides the map.
struct MapSheetOptions {
    QString title;        // a band above the map; empty: none
    QString attribution;  // the small print under the map
    bool legend = true;   // a panel on the right listing the visible layers' symbols
    bool northArrow = true;
    bool scaleBar = true;
};

// A map as it leaves the application (an exported PNG or PDF, a report page):
// the map of `extent` drawn by the same renderer as the canvas, framed, with a
// legend that matches the styles, a scale bar, a north arrow and the data's
// attribution. `overlay` may draw on the map afterwards (analysis results),
// in the map's pixels.
class MapSheet {
public:
    using Overlay = std::function<void(QPainter&, const MapViewport&)>;

    MapSheet(const core::SqliteDatabase& db, int srid) : db_(db), srid_(srid) {}

    // Paints on a device of `size` logical pixels (a QImage with a device
    // pixel ratio, a PDF page): symbols keep their size, the resolution rises.
    // Returns why layers were left out (MapRenderer::problems()).
    std::vector<QString> paint(QPainter& painter, QSize size, const std::vector<MapLayer>& layers,
                               const core::BoundingBox& extent, const MapSheetOptions& options,
                               const Overlay& overlay = {}) const;
    // The sheet as an image of `size` logical pixels at `pixelRatio` device pixels each.
    [[nodiscard]] QImage image(QSize size, double pixelRatio, const std::vector<MapLayer>& layers,
                               const core::BoundingBox& extent, const MapSheetOptions& options,
                               const Overlay& overlay = {},
                               std::vector<QString>* problems = nullptr) const;

private:
    const core::SqliteDatabase& db_;
    int srid_;
};

}  // namespace gigamap::render

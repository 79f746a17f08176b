#pragma once

#include <QImage>
#include <QString>
#include <vector>

#include "gigamap/render/render_request.h"

class QPainter;

namespace gigamap::core {
class Feedback;
class SqliteDatabase;
}  // namespace gigamap::core

namespace gigamap::render {

// Draws the map: every visible layer of a request, bottom to top, then the
// labels and the scale bar, onto any paint device (the canvas's image, a PNG,
// a PDF page). Features come through each layer's spatial index for the
// visible extent only. It polls `feedback` and stops early when cancelled.
// Not thread-safe: give each thread its own connection and renderer.
class MapRenderer {
public:
    // `db` is the project's connection (SpatiaLite loaded); `srid` its CRS,
    // into which background files are reprojected.
    MapRenderer(const core::SqliteDatabase& db, int srid);

    [[nodiscard]] QImage render(const RenderRequest& request, const core::Feedback& feedback) const;
    // Paints on `painter`, whose device is request.viewport.size() pixels.
    void paint(QPainter& painter, const RenderRequest& request,
               const core::Feedback& feedback) const;
    // Why layers of the last paint were left out: a background file gone, a
    // basemap's tiles out of reach. Each says which layer and why.
    [[nodiscard]] const std::vector<QString>& problems() const { return problems_; }

private:
    void paintBackground(QPainter& painter, const MapLayer& layer, const MapViewport& viewport,
                         const core::Feedback& feedback) const;

    const core::SqliteDatabase& db_;
    int srid_;
    mutable std::vector<QString> problems_;
};

}  // namespace gigamap::render

#pragma once

#include <QString>
#include <memory>
#include <optional>

#include "gigamap/core/bounding_box.h"
#include "gigamap/render/map_viewport.h"
#include "gigamap/render/symbol.h"

class QPainter;

namespace gigamap::core {
class Feedback;
}

namespace gigamap::render {

// A background file that GDAL reads (GeoTIFF, GeoPackage, Shapefile, ...),
// open read-only, drawn reprojected on the fly into the project CRS: a raster
// is warped to exactly the map's pixels; a vector file's features in view are
// transformed and drawn with one symbol. GDAL datasets are not thread-safe:
// open one per thread.
class BackgroundFile {
public:
    // Throws core::ImportError when GDAL cannot open it or it has no CRS.
    explicit BackgroundFile(const QString& path);
    BackgroundFile(const BackgroundFile&) = delete;
    BackgroundFile& operator=(const BackgroundFile&) = delete;
    ~BackgroundFile();

    [[nodiscard]] bool isRaster() const;
    // The file's bounds in EPSG:`srid`, when it has any.
    [[nodiscard]] std::optional<core::BoundingBox> extent(int srid) const;
    void paint(QPainter& painter, const MapViewport& viewport, int srid, const Symbol& symbol,
               const core::Feedback& feedback) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace gigamap::render

#pragma once

#include <QPageLayout>
#include <QPageSize>

#include <filesystem>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/render/map_sheet.h"

namespace gigamap::render {

struct MapExportOptions {
    std::filesystem::path out;  // .png or .pdf
    core::BoundingBox extent;
    double dpi = 150.0;
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    MapSheetOptions sheet;
};

// Writes a map sheet (map, legend, scale bar, north arrow, attribution) the
// size of a sheet of paper with 10 mm margins: a PNG at the resolution
// asked, or a one-page PDF. The file appears complete or not at all. Throws
// core::ExportError for another extension or a file that cannot be written.
// Returns why layers were left out (a basemap out of reach).
std::vector<QString> exportMap(const MapSheet& sheet, const std::vector<MapLayer>& layers,
                               const MapExportOptions& options);

}  // namespace gigamap::render

#pragma once

#include <QString>
#include <memory>
#include <optional>
#include <string>

#include "gigamap/core/layer_schema.h"
#include "gigamap/render/layer_style.h"

namespace gigamap::render {

class ResultLayer;

// Draws only the features whose date range [start, end] includes `day` (ISO
// dates, both ends included): the One Dig timeline's day on the map. Features
// without both dates stay drawn when keepUndated (ducts already in the ground
// have no planned window) and are hidden otherwise.
struct DayFilter {
    std::string startField;
    std::string endField;
    std::string day;
    bool keepUndated = false;

    bool operator==(const DayFilter&) const = default;
};

// One entry of the map's layer list: a layer of the project, a read-only
// background file (any raster or vector GDAL reads) drawn reprojected, or an
// analysis's result layer held in memory.
struct MapLayer {
    enum class Source { Project, BackgroundFile, Result };

    Source source = Source::Project;
    std::string table;                          // the project layer, or the result layer's name
    QString filePath;                           // the file, for Source::BackgroundFile
    std::shared_ptr<const ResultLayer> result;  // for Source::Result
    QString title;                              // as the layer tree shows it
    bool visible = true;
    bool inLegend = true;  // false for a basemap, whose attribution speaks for it
    LayerStyle style;
    std::optional<DayFilter> dayFilter;  // project layers only

    // The fields and geometry of a project or result layer; nullptr for a background file.
    [[nodiscard]] const core::LayerSchema* schema() const;
    [[nodiscard]] core::GeometryType geometryType() const;

    [[nodiscard]] static MapLayer projectLayer(const std::string& table, LayerStyle style);
    [[nodiscard]] static MapLayer backgroundFile(const QString& path, LayerStyle style);
    [[nodiscard]] static MapLayer resultLayer(std::shared_ptr<const ResultLayer> result,
                                              const QString& title, LayerStyle style);
};

}  // namespace gigamap::render

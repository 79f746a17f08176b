#pragma once

#include <QString>
#include <string>

#include "gigamap/render/layer_style.h"

namespace gigamap::render {

// One entry of the map's layer list: a layer of the project, or a read-only
// background file (any raster or vector GDAL reads) drawn reprojected.
struct MapLayer {
    enum class Source { Project, BackgroundFile };

    Source source = Source::Project;
    std::string table;  // the project layer, for Source::Project
    QString filePath;   // the file, for Source::BackgroundFile
    QString title;      // as the layer tree shows it
    bool visible = true;
    LayerStyle style;

    [[nodiscard]] static MapLayer projectLayer(const std::string& table, LayerStyle style);
    [[nodiscard]] static MapLayer backgroundFile(const QString& path, LayerStyle style);
};

}  // namespace gigamap::render

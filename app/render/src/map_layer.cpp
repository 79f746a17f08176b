#include "gigamap/render/map_layer.h"

#include <QFileInfo>
#include <utility>

namespace gigamap::render {

MapLayer MapLayer::projectLayer(const std::string& table, LayerStyle style) {
    MapLayer layer;
    layer.table = table;
    layer.title = QString::fromStdString(table);
    layer.style = std::move(style);
    return layer;
}

MapLayer MapLayer::backgroundFile(const QString& path, LayerStyle style) {
    MapLayer layer;
    layer.source = Source::BackgroundFile;
    layer.filePath = path;
    layer.title = QFileInfo(path).fileName();
    layer.style = std::move(style);
    return layer;
}

}  // namespace gigamap::render

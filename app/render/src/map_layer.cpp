#include "gigamap/render/map_layer.h"

#include <QFileInfo>
#include <utility>

#include "gigamap/render/result_layer.h"

namespace gigamap::render {

const core::LayerSchema* MapLayer::schema() const {
    switch (source) {
        case Source::Project:
            return &core::layerSchema(table);
        case Source::Result:
            return &result->schema();
        case Source::BackgroundFile:
            break;
    }
    return nullptr;
}

core::GeometryType MapLayer::geometryType() const {
    const core::LayerSchema* fields = schema();
    return fields != nullptr ? fields->geometryType : core::GeometryType::Any;
}

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

MapLayer MapLayer::resultLayer(std::shared_ptr<const ResultLayer> result, const QString& title,
                               LayerStyle style) {
    MapLayer layer;
    layer.source = Source::Result;
    layer.table = result->schema().table;
    layer.result = std::move(result);
    layer.title = title;
    layer.style = std::move(style);
    return layer;
}

}  // namespace gigamap::render

#include "layers/layer_tree_state.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

#include "gigamap/render/style_json.h"

namespace gigamap::desktop {

std::string layerTreeState(const std::vector<render::MapLayer>& layers) {
    QJsonArray entries;
    for (const auto& layer : layers) {
        if (layer.source == render::MapLayer::Source::Result) {
            continue;  // an analysis's result lasts as long as the window
        }
        QJsonObject entry{{"visible", layer.visible}};
        if (layer.source == render::MapLayer::Source::Project) {
            entry["table"] = QString::fromStdString(layer.table);
        } else {
            entry["file"] = layer.filePath;
            entry["style"] = QJsonDocument::fromJson(render::styleToJson(layer.style)).object();
        }
        entries.append(entry);
    }
    return QJsonDocument(entries).toJson(QJsonDocument::Compact).toStdString();
}

std::vector<render::MapLayer> withLayerTreeState(const std::string& state,
                                                 std::vector<render::MapLayer> layers) {
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(state));
    if (!document.isArray()) {
        return layers;
    }
    std::vector<render::MapLayer> arranged;
    for (const auto& item : document.array()) {
        const QJsonObject entry = item.toObject();
        const bool visible = entry["visible"].toBool(true);
        if (entry.contains("file")) {
            const QString path = entry["file"].toString();
            if (QFileInfo::exists(path)) {
                const QByteArray style = QJsonDocument(entry["style"].toObject()).toJson();
                arranged.push_back(
                    render::MapLayer::backgroundFile(path, render::styleFromJson(style)));
                arranged.back().visible = visible;
            }
            continue;
        }
        const std::string table = entry["table"].toString().toStdString();
        const auto it = std::find_if(layers.begin(), layers.end(), [&](const auto& layer) {
            return layer.source == render::MapLayer::Source::Project && layer.table == table;
        });
        if (it != layers.end()) {
            it->visible = visible;
            arranged.push_back(std::move(*it));
            layers.erase(it);
        }
    }
    std::move(layers.begin(), layers.end(), std::back_inserter(arranged));
    return arranged;
}

}  // namespace gigamap::desktop

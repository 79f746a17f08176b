#pragma once

#include <QColor>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "gigamap/render/map_layer.h"
#include "gigamap/render/map_viewport.h"

namespace gigamap::render {

// Selected features by project layer.
using FeatureIds = std::map<std::string, std::set<std::int64_t>>;

// Everything one drawing of the map needs, copied so that it can travel to a
// rendering thread while the user carries on.
struct RenderRequest {
    MapViewport viewport;
    std::vector<MapLayer> layers;  // top first, as the layer tree lists them
    FeatureIds selection;          // drawn highlighted
    QColor background{Qt::white};
    bool scaleBar = true;
};

}  // namespace gigamap::render

#pragma once

#include <QString>

#include <vector>

#include "gigamap/render/map_layer.h"

namespace gigamap::core {
class Project;
}

namespace gigamap::render {

// The map layers of a project, top first in the order a planner reads them
// (network over works over coverage over boundaries), each with its saved
// style or, failing that, its default style. Empty layers and the bulky
// mobile layers are hidden. Reads only: nothing is saved.
[[nodiscard]] std::vector<MapLayer> projectMapLayers(core::Project& project);

// The attributions the project's data sources require, each once and each on
// its own line, for the foot of a map.
[[nodiscard]] QString projectAttribution(const core::Project& project);

}  // namespace gigamap::render

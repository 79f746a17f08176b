#pragma once

#include <vector>

#include "gigamap/render/map_layer.h"

namespace gigamap::core {
class Project;
}

namespace gigamap::desktop {

// The map layers of a project, top first in the order a planner reads them
// (network over works over coverage over boundaries), each with its saved
// style or, failing that, its default style, which is saved in the project
// when it can be written. Empty layers and the bulky mobile layers start hidden;
// a project that remembers its layer tree gets it back (layer_tree_state.h).
[[nodiscard]] std::vector<render::MapLayer> loadProjectLayers(core::Project& project);

}  // namespace gigamap::desktop

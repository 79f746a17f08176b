#pragma once

#include <string>
#include <vector>

#include "gigamap/render/map_layer.h"

namespace gigamap::desktop {

// The layer tree as the project remembers it (project_meta key kLayerTreeStateKey):
// the layers' order and visibility, and the background files with their styles
// (project layers' styles live in layer_styles).
inline constexpr const char* kLayerTreeStateKey = "map_layers";

[[nodiscard]] std::string layerTreeState(const std::vector<render::MapLayer>& layers);

// `layers` (the project's, in their default order) arranged as `state` says:
// the layers it lists first, in its order and visibility, with its background
// files that still exist; then any layer it does not know. Unreadable state is
// ignored.
[[nodiscard]] std::vector<render::MapLayer> withLayerTreeState(
    const std::string& state, std::vector<render::MapLayer> layers);

}  // namespace gigamap::desktop

#pragma once

#include <string>

#include "gigamap/render/layer_style.h"

namespace gigamap::desktop {

// How an analysis's result layer is first drawn: the gap hatched in red, One
// Dig pairs by kind (amber dig-once stretches, red conflicts, purple blocked
// ducts), bold enough to read over the network.
[[nodiscard]] render::LayerStyle resultStyle(const std::string& table);

}  // namespace gigamap::desktop

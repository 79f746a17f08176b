#pragma once

#include <string_view>

#include "gigamap/render/layer_style.h"

namespace gigamap::render {

// The style a layer of the project schema starts with, in the conventions
// planners know: ducts by status (existing solid, planned dashed, abandoned
// grey), postcodes by gigabit coverage from red to green, hotspots with their
// coverage circle, restrictions hatched, wards as named outlines. Unknown
// tables get a plain grey symbol.
[[nodiscard]] LayerStyle defaultStyle(std::string_view table);

}  // namespace gigamap::render

#pragma once

#include <QByteArray>

#include "gigamap/render/layer_style.h"

namespace gigamap::render {

// A layer style as the JSON text saved in layer_styles, and back. Colours are
// "#aarrggbb"; enums are words ("graduated", "dash", "triangle"), so that the
// JSON stays readable in any SQLite browser. Unknown keys are ignored and
// missing ones take their defaults, so older and newer styles still load.
[[nodiscard]] QByteArray styleToJson(const LayerStyle& style);
// Throws core::StoreError when `json` is not a JSON object.
[[nodiscard]] LayerStyle styleFromJson(const QByteArray& json);

}  // namespace gigamap::render

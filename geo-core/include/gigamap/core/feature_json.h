#pragma once

#include <string>
#include <string_view>

#include "gigamap/core/feature.h"

namespace gigamap::core {

// A feature as the edit log keeps it: JSON with its fid, its attributes and its
// geometry twice, as WKT for people reading the log and as hex WKB so that the
// state can be restored exactly: {"fid": 7, "attributes": {...}, "wkt": "...", "wkb": "..."},
// and "version" when the feature has a row version (a server project's).
[[nodiscard]] std::string featureJson(const Feature& feature);
// The feature a featureJson() text describes; throws StoreError for other text.
[[nodiscard]] Feature featureFromJson(std::string_view json);

}  // namespace gigamap::core

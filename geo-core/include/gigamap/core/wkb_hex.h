#pragma once

#include <string>
#include <string_view>

#include "gigamap/core/feature.h"

namespace gigamap::core {

// WKB as upper-case hex text (the edit log's, PostGIS's decode(…, 'hex')).
[[nodiscard]] std::string wkbHex(const Wkb& wkb);
// Hex text (either case) back as WKB; throws StoreError naming `what` otherwise.
[[nodiscard]] Wkb wkbFromHex(std::string_view hex, std::string_view what);

}  // namespace gigamap::core

#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "gigamap/core/value.h"

namespace gigamap::core {

// Well-known binary, as OGC Simple Features define it.
using Wkb = std::vector<unsigned char>;

struct Coordinate;

// The WKB of a 2D point.
[[nodiscard]] Wkb pointWkb(double x, double y);
// The WKB of a 2D linestring through `vertices`.
[[nodiscard]] Wkb lineWkb(const std::vector<Coordinate>& vertices);

// One row of a layer: its id, its attributes by field name and its geometry
// as WKB (empty for a NULL geometry). The fid is assigned by the store on insert.
// On a server project `version` is the row version the feature was read at
// (row_version.h); an edit commits only if the row is still at it. 0 in a
// project file, which has one writer and no row versions.
struct Feature {
    std::int64_t fid = 0;
    std::map<std::string, Value> attributes;
    Wkb geometry;
    std::int64_t version = 0;

    [[nodiscard]] const Value& attribute(const std::string& name) const;
};

}  // namespace gigamap::core

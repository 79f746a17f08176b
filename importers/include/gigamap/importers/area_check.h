#pragma once

#include <optional>
#include <string>

#include "gigamap/core/bounding_box.h"

namespace gigamap::core {
class ProjContext;
}

namespace gigamap::importers {

// Decides whether coordinates can be where a project's CRS is used (e.g. Great
// Britain and its waters for EPSG:27700), and spots latitude and longitude
// given the wrong way round. Each check returns the reason for refusal, or nothing.
class AreaCheck {
public:
    AreaCheck(const core::ProjContext& context, int projectSrid);

    // (x, y) in the project CRS.
    [[nodiscard]] std::optional<std::string> projected(const core::BoundingBox& box) const;
    // WGS84 longitude and latitude, before transformation.
    [[nodiscard]] std::optional<std::string> lonLat(const core::BoundingBox& box) const;

private:
    std::string crsLabel_;
    core::BoundingBox lonLatArea_;
    core::BoundingBox projectArea_;
};

}  // namespace gigamap::importers

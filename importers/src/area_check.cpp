#include "gigamap/importers/area_check.h"

#include <fmt/format.h>

#include "gigamap/core/crs.h"
#include "gigamap/core/crs_transform.h"
#include "gigamap/core/proj_context.h"

namespace gigamap::importers {
namespace {

bool inside(const core::BoundingBox& box, const core::BoundingBox& area) {
    return box.minX >= area.minX && box.maxX <= area.maxX && box.minY >= area.minY &&
           box.maxY <= area.maxY;
}

}  // namespace

AreaCheck::AreaCheck(const core::ProjContext& context, int projectSrid) {
    const std::string crs = fmt::format("EPSG:{}", projectSrid);
    const core::Crs projectCrs(context, crs);
    crsLabel_ = fmt::format("{} ({})", crs, projectCrs.name());
    lonLatArea_ = projectCrs.areaOfUse().value_or(core::BoundingBox{-180, -90, 180, 90});
    const core::CrsTransform toProject(context, "EPSG:4326", crs);
    projectArea_ = toProject.forwardBounds(lonLatArea_);
}

std::optional<std::string> AreaCheck::projected(const core::BoundingBox& box) const {
    // Metres within a few hundred of a grid's origin are far more often degrees
    // given where metres were expected than real places at sea.
    if (inside(box, {-180.0, -90.0, 180.0, 90.0})) {
        return fmt::format("({}, {}) looks like longitude and latitude in degrees, not {} metres",
                           box.minX, box.minY, crsLabel_);
    }
    if (inside(box, projectArea_)) {
        return std::nullopt;
    }
    return fmt::format("outside the area of use of {}: ({:.1f}, {:.1f})", crsLabel_, box.minX,
                       box.minY);
}

std::optional<std::string> AreaCheck::lonLat(const core::BoundingBox& box) const {
    if (inside(box, lonLatArea_)) {
        return std::nullopt;
    }
    const core::BoundingBox swapped{box.minY, box.minX, box.maxY, box.maxX};
    if (inside(swapped, lonLatArea_)) {
        return fmt::format(
            "latitude and longitude swapped: ({}, {}) lies outside {} but "
            "({}, {}) is inside",
            box.minX, box.minY, crsLabel_, box.minY, box.minX);
    }
    return fmt::format("outside the area of use of {}: longitude {}, latitude {}", crsLabel_,
                       box.minX, box.minY);
}

}  // namespace gigamap::importers

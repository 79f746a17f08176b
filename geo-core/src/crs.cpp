#include "gigamap/core/crs.h"

#include <proj.h>

#include <cstdlib>
#include <string>

#include "gigamap/core/error.h"
#include "gigamap/core/proj_context.h"
#include "proj_handle.h"

namespace gigamap::core {

struct Crs::State {
    PJ_CONTEXT* ctx = nullptr;
    PjPtr pj;
};

Crs::Crs(const ProjContext& context, std::string_view definition)
    : state_(std::make_unique<State>()) {
    state_->ctx = context.handle();
    const std::string text(definition);
    state_->pj.reset(proj_create(state_->ctx, text.c_str()));
    if (!state_->pj) {
        throw CrsError("unknown coordinate reference system '" + text +
                       "': " + context.lastError());
    }
    if (proj_is_crs(state_->pj.get()) == 0) {
        throw CrsError("'" + text + "' is not a coordinate reference system");
    }
}

Crs::Crs(Crs&&) noexcept = default;
Crs& Crs::operator=(Crs&&) noexcept = default;
Crs::~Crs() = default;

std::string Crs::name() const {
    const char* name = proj_get_name(state_->pj.get());
    return name ? name : "";
}

bool Crs::isProjected() const {
    return proj_get_type(state_->pj.get()) == PJ_TYPE_PROJECTED_CRS;
}

bool Crs::isGeographic() const {
    const auto type = proj_get_type(state_->pj.get());
    return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
           type == PJ_TYPE_GEOCENTRIC_CRS;
}

std::string Crs::axisUnit() const {
    const PjPtr cs(proj_crs_get_coordinate_system(state_->ctx, state_->pj.get()));
    if (!cs) {
        return {};
    }
    const char* unit = nullptr;
    if (proj_cs_get_axis_info(state_->ctx, cs.get(), 0, nullptr, nullptr, nullptr, nullptr, &unit,
                              nullptr, nullptr) == 0 ||
        unit == nullptr) {
        return {};
    }
    return unit;
}

std::optional<int> Crs::epsgCode() const {
    const char* authority = proj_get_id_auth_name(state_->pj.get(), 0);
    const char* code = proj_get_id_code(state_->pj.get(), 0);
    if (authority == nullptr || code == nullptr || std::string(authority) != "EPSG") {
        return std::nullopt;
    }
    return std::atoi(code);
}

std::optional<BoundingBox> Crs::areaOfUse() const {
    BoundingBox box;
    if (proj_get_area_of_use(state_->ctx, state_->pj.get(), &box.minX, &box.minY, &box.maxX,
                             &box.maxY, nullptr) == 0 ||
        box.minX < -180.0) {
        return std::nullopt;
    }
    return box;
}

void Crs::requireProjectedMetres(std::string_view definition) const {
    const std::string label = std::string(definition) + " (" + name() + ")";
    if (isGeographic()) {
        throw CrsError(label +
                       " is a geographic CRS in degrees; a project needs a projected CRS in "
                       "metres so that lengths and areas are true, such as EPSG:27700 (British "
                       "National Grid)");
    }
    if (!isProjected()) {
        throw CrsError(label +
                       " is not a projected CRS; a project needs a projected CRS in metres");
    }
    const std::string unit = axisUnit();
    if (unit != "metre") {
        throw CrsError(label + " measures in " + (unit.empty() ? "an unknown unit" : unit) +
                       "; a project needs a projected CRS in metres");
    }
}

ProjectCrs projectCrs(const std::string& definition) {
    const ProjContext proj;
    const Crs crs(proj, definition);
    crs.requireProjectedMetres(definition);
    const auto epsg = crs.epsgCode();
    if (!epsg) {
        throw CrsError(definition + " has no EPSG code; a project CRS must be given as EPSG:N");
    }
    return {*epsg, crs.name()};
}

}  // namespace gigamap::core

#include "gigamap/core/crs_transform.h"

#include <proj.h>

#include <cmath>
#include <string>

#include "gigamap/core/error.h"
#include "gigamap/core/proj_context.h"
#include "proj_handle.h"

namespace gigamap::core {

struct CrsTransform::State {
    const ProjContext* context = nullptr;
    PjPtr pj;
    std::string from;
    std::string to;
};

CrsTransform::CrsTransform(const ProjContext& context, std::string_view from, std::string_view to)
    : state_(std::make_unique<State>()) {
    state_->context = &context;
    state_->from = from;
    state_->to = to;
    PJ_CONTEXT* ctx = context.handle();
    PjPtr raw(proj_create_crs_to_crs(ctx, state_->from.c_str(), state_->to.c_str(), nullptr));
    if (!raw) {
        throw CrsError("no transformation from " + state_->from + " to " + state_->to + ": " +
                       context.lastError());
    }
    state_->pj.reset(proj_normalize_for_visualization(ctx, raw.get()));
    if (!state_->pj) {
        throw CrsError("cannot normalise the transformation from " + state_->from + " to " +
                       state_->to + ": " + context.lastError());
    }
}

CrsTransform::CrsTransform(CrsTransform&&) noexcept = default;
CrsTransform& CrsTransform::operator=(CrsTransform&&) noexcept = default;
CrsTransform::~CrsTransform() = default;

CrsTransform::Point CrsTransform::forward(Point point) const {
    const PJ_COORD in = proj_coord(point.x, point.y, 0.0, 0.0);
    const PJ_COORD out = proj_trans(state_->pj.get(), PJ_FWD, in);
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y)) {
        throw CrsError("cannot transform (" + std::to_string(point.x) + ", " +
                       std::to_string(point.y) + ") from " + state_->from + " to " + state_->to);
    }
    return {out.xy.x, out.xy.y};
}

BoundingBox CrsTransform::forwardBounds(const BoundingBox& box) const {
    BoundingBox out;
    const int ok =
        proj_trans_bounds(state_->context->handle(), state_->pj.get(), PJ_FWD, box.minX, box.minY,
                          box.maxX, box.maxY, &out.minX, &out.minY, &out.maxX, &out.maxY, 21);
    if (ok == 0) {
        throw CrsError("cannot transform bounds from " + state_->from + " to " + state_->to + ": " +
                       state_->context->lastError());
    }
    return out;
}

std::string CrsTransform::operationName() const {
    const PjPtr op(proj_trans_get_last_used_operation(state_->pj.get()));
    if (!op) {
        return {};
    }
    // The axis swap of proj_normalize_for_visualization is ours, not the data's.
    constexpr std::string_view kAxisSwap = "axis order change (2D) + ";
    std::string name = proj_get_name(op.get()) ? proj_get_name(op.get()) : "";
    if (name.starts_with(kAxisSwap)) {
        name.erase(0, kAxisSwap.size());
    }
    return name;
}

}  // namespace gigamap::core

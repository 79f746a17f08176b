#include "gigamap/core/prepared_geometry.h"

#include <geos_c.h>

#include <utility>

#include "gigamap/core/error.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"

namespace gigamap::core {
namespace {

GEOSContextHandle_t native(const Geometry& geometry) {
    return static_cast<GEOSContextHandle_t>(geometry.context().handle());
}

}  // namespace

PreparedGeometry::PreparedGeometry(const Geometry& geometry)
    : geometry_(&geometry),
      prepared_(
          GEOSPrepare_r(native(geometry), static_cast<const GEOSGeometry*>(geometry.handle()))) {
    if (prepared_ == nullptr) {
        throw GeometryError("cannot prepare geometry: " + geometry.context().takeLastError());
    }
}

PreparedGeometry::PreparedGeometry(PreparedGeometry&& other) noexcept
    : geometry_(other.geometry_), prepared_(std::exchange(other.prepared_, nullptr)) {}

PreparedGeometry::~PreparedGeometry() {
    if (prepared_ != nullptr) {
        GEOSPreparedGeom_destroy_r(native(*geometry_),
                                   static_cast<const GEOSPreparedGeometry*>(prepared_));
    }
}

bool PreparedGeometry::intersects(const Geometry& other) const {
    // On the other geometry's context: the calling thread's.
    const char result =
        GEOSPreparedIntersects_r(native(other), static_cast<const GEOSPreparedGeometry*>(prepared_),
                                 static_cast<const GEOSGeometry*>(other.handle()));
    if (result == 2) {
        throw GeometryError("intersects failed: " + other.context().takeLastError());
    }
    return result == 1;
}

}  // namespace gigamap::core

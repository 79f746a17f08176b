#include "gigamap/core/geos_context.h"

#include <geos_c.h>

#include <cstdarg>
#include <cstdio>
#include <utility>

#include "gigamap/core/crs_transform.h"
#include "gigamap/core/error.h"
#include "gigamap/core/geometry.h"

namespace gigamap::core {

struct GeosContext::State {
    GEOSContextHandle_t handle = nullptr;
    std::string lastError;
};

namespace {

// Records only: a C callback must not throw.
void recordError(const char* message, void* userdata) {
    static_cast<std::string*>(userdata)->assign(message ? message : "unknown GEOS error");
}

GEOSContextHandle_t native(const GeosContext& context) {
    return static_cast<GEOSContextHandle_t>(context.handle());
}

template <typename Deleter, typename T>
std::unique_ptr<T, Deleter> owned(T* raw, Deleter deleter) {
    return std::unique_ptr<T, Deleter>(raw, deleter);
}

}  // namespace

GeosContext::GeosContext() : state_(std::make_unique<State>()) {
    state_->handle = GEOS_init_r();
    if (state_->handle == nullptr) {
        throw GeometryError("cannot create a GEOS context");
    }
    GEOSContext_setErrorMessageHandler_r(state_->handle, recordError, &state_->lastError);
}

GeosContext::~GeosContext() {
    GEOS_finish_r(state_->handle);
}

void* GeosContext::handle() const {
    return state_->handle;
}

std::string GeosContext::takeLastError() const {
    std::string message = state_->lastError.empty() ? "unknown GEOS error" : state_->lastError;
    state_->lastError.clear();
    return message;
}

Geometry GeosContext::readWkb(std::span<const unsigned char> wkb) const {
    auto reader = owned(GEOSWKBReader_create_r(state_->handle),
                        [h = state_->handle](GEOSWKBReader* r) { GEOSWKBReader_destroy_r(h, r); });
    GEOSGeometry* geometry =
        GEOSWKBReader_read_r(state_->handle, reader.get(), wkb.data(), wkb.size());
    if (geometry == nullptr) {
        throw GeometryError("invalid WKB geometry (" + std::to_string(wkb.size()) +
                            " bytes): " + takeLastError());
    }
    return {*this, geometry};
}

Geometry GeosContext::readWkt(std::string_view wkt) const {
    auto reader = owned(GEOSWKTReader_create_r(state_->handle),
                        [h = state_->handle](GEOSWKTReader* r) { GEOSWKTReader_destroy_r(h, r); });
    const std::string text(wkt);
    GEOSGeometry* geometry = GEOSWKTReader_read_r(state_->handle, reader.get(), text.c_str());
    if (geometry == nullptr) {
        throw GeometryError("invalid WKT geometry '" + text.substr(0, 80) +
                            "': " + takeLastError());
    }
    return {*this, geometry};
}

Wkb GeosContext::writeWkb(const Geometry& geometry) const {
    auto writer = owned(GEOSWKBWriter_create_r(state_->handle),
                        [h = state_->handle](GEOSWKBWriter* w) { GEOSWKBWriter_destroy_r(h, w); });
    GEOSWKBWriter_setOutputDimension_r(state_->handle, writer.get(), 2);
    GEOSWKBWriter_setByteOrder_r(state_->handle, writer.get(), GEOS_WKB_NDR);
    std::size_t size = 0;
    auto buffer =
        owned(GEOSWKBWriter_write_r(state_->handle, writer.get(),
                                    static_cast<const GEOSGeometry*>(geometry.handle()), &size),
              [h = state_->handle](unsigned char* b) { GEOSFree_r(h, b); });
    if (!buffer) {
        throw GeometryError("cannot write geometry as WKB: " + takeLastError());
    }
    return {buffer.get(), buffer.get() + size};
}

std::string GeosContext::writeWkt(const Geometry& geometry) const {
    auto writer = owned(GEOSWKTWriter_create_r(state_->handle),
                        [h = state_->handle](GEOSWKTWriter* w) { GEOSWKTWriter_destroy_r(h, w); });
    GEOSWKTWriter_setTrim_r(state_->handle, writer.get(), 1);
    GEOSWKTWriter_setOutputDimension_r(state_->handle, writer.get(), 2);
    auto text = owned(GEOSWKTWriter_write_r(state_->handle, writer.get(),
                                            static_cast<const GEOSGeometry*>(geometry.handle())),
                      [h = state_->handle](char* t) { GEOSFree_r(h, t); });
    if (!text) {
        throw GeometryError("cannot write geometry as WKT: " + takeLastError());
    }
    return text.get();
}

Geometry GeosContext::point(double x, double y) const {
    GEOSGeometry* geometry = GEOSGeom_createPointFromXY_r(state_->handle, x, y);
    if (geometry == nullptr) {
        throw GeometryError("cannot create a point: " + takeLastError());
    }
    return {*this, geometry};
}

Geometry GeosContext::box(const BoundingBox& box) const {
    GEOSGeometry* geometry =
        GEOSGeom_createRectangle_r(state_->handle, box.minX, box.minY, box.maxX, box.maxY);
    if (geometry == nullptr) {
        throw GeometryError("cannot create a rectangle: " + takeLastError());
    }
    return {*this, geometry};
}

double GeosContext::distance(const Geometry& a, const Geometry& b) const {
    double value = 0.0;
    if (GEOSDistance_r(state_->handle, static_cast<const GEOSGeometry*>(a.handle()),
                       static_cast<const GEOSGeometry*>(b.handle()), &value) == 0) {
        throw GeometryError("cannot compute a distance: " + takeLastError());
    }
    return value;
}

// ---- Geometry -------------------------------------------------------------

Geometry::Geometry(const GeosContext& context, void* geometry)
    : context_(&context), geometry_(geometry) {}

Geometry::Geometry(Geometry&& other) noexcept
    : context_(other.context_), geometry_(std::exchange(other.geometry_, nullptr)) {}

Geometry& Geometry::operator=(Geometry&& other) noexcept {
    if (this != &other) {
        if (geometry_ != nullptr) {
            GEOSGeom_destroy_r(native(*context_), static_cast<GEOSGeometry*>(geometry_));
        }
        context_ = other.context_;
        geometry_ = std::exchange(other.geometry_, nullptr);
    }
    return *this;
}

Geometry::~Geometry() {
    if (geometry_ != nullptr) {
        GEOSGeom_destroy_r(native(*context_), static_cast<GEOSGeometry*>(geometry_));
    }
}

namespace {

const GEOSGeometry* geos(const Geometry& g) {
    return static_cast<const GEOSGeometry*>(g.handle());
}

}  // namespace

GeometryKind Geometry::kind() const {
    const int id = GEOSGeomTypeId_r(native(*context_), geos(*this));
    if (id < 0) {
        throw GeometryError("cannot read geometry type: " + context_->takeLastError());
    }
    return static_cast<GeometryKind>(id);
}

std::string Geometry::typeName() const {
    auto name = owned(GEOSGeomType_r(native(*context_), geos(*this)),
                      [h = native(*context_)](char* t) { GEOSFree_r(h, t); });
    return name ? name.get() : "Unknown";
}

bool Geometry::isEmpty() const {
    return GEOSisEmpty_r(native(*context_), geos(*this)) == 1;
}

bool Geometry::isValid() const {
    return GEOSisValid_r(native(*context_), geos(*this)) == 1;
}

double Geometry::area() const {
    double value = 0.0;
    if (GEOSArea_r(native(*context_), geos(*this), &value) == 0) {
        throw GeometryError("cannot compute area: " + context_->takeLastError());
    }
    return value;
}

double Geometry::length() const {
    double value = 0.0;
    if (GEOSLength_r(native(*context_), geos(*this), &value) == 0) {
        throw GeometryError("cannot compute length: " + context_->takeLastError());
    }
    return value;
}

BoundingBox Geometry::envelope() const {
    BoundingBox box;
    if (GEOSGeom_getXMin_r(native(*context_), geos(*this), &box.minX) == 0 ||
        GEOSGeom_getYMin_r(native(*context_), geos(*this), &box.minY) == 0 ||
        GEOSGeom_getXMax_r(native(*context_), geos(*this), &box.maxX) == 0 ||
        GEOSGeom_getYMax_r(native(*context_), geos(*this), &box.maxY) == 0) {
        throw GeometryError("cannot compute the envelope of an empty geometry");
    }
    return box;
}

double Geometry::distance(const Geometry& other) const {
    return context_->distance(*this, other);
}

bool Geometry::intersects(const Geometry& other) const {
    const char result = GEOSIntersects_r(native(*context_), geos(*this), geos(other));
    if (result == 2) {
        throw GeometryError("intersects failed: " + context_->takeLastError());
    }
    return result == 1;
}

bool Geometry::relates(const Geometry& other, const char* pattern) const {
    const char result = GEOSRelatePattern_r(native(*context_), geos(*this), geos(other), pattern);
    if (result == 2) {
        throw GeometryError("relate failed: " + context_->takeLastError());
    }
    return result == 1;
}

Geometry Geometry::toMulti() const {
    const auto handle = native(*context_);
    GEOSGeometry* clone = GEOSGeom_clone_r(handle, geos(*this));
    if (clone == nullptr) {
        throw GeometryError("cannot copy geometry: " + context_->takeLastError());
    }
    int multiType = -1;
    switch (kind()) {
        case GeometryKind::Point:
            multiType = GEOS_MULTIPOINT;
            break;
        case GeometryKind::LineString:
            multiType = GEOS_MULTILINESTRING;
            break;
        case GeometryKind::Polygon:
            multiType = GEOS_MULTIPOLYGON;
            break;
        default:
            return {*context_, clone};
    }
    GEOSGeometry* parts[] = {clone};
    GEOSGeometry* multi = GEOSGeom_createCollection_r(handle, multiType, parts, 1);
    if (multi == nullptr) {
        GEOSGeom_destroy_r(handle, clone);
        throw GeometryError("cannot build a multi-geometry: " + context_->takeLastError());
    }
    return {*context_, multi};
}

Geometry Geometry::makeValid() const {
    const auto handle = native(*context_);
    auto params = owned(GEOSMakeValidParams_create_r(handle), [handle](GEOSMakeValidParams* p) {
        GEOSMakeValidParams_destroy_r(handle, p);
    });
    GEOSMakeValidParams_setMethod_r(handle, params.get(), GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(handle, params.get(), 0);
    GEOSGeometry* valid = GEOSMakeValidWithParams_r(handle, geos(*this), params.get());
    if (valid == nullptr) {
        throw GeometryError("cannot repair geometry: " + context_->takeLastError());
    }
    return {*context_, valid};
}

Geometry Geometry::transformed(const CrsTransform& transform) const {
    struct Job {
        const CrsTransform* transform;
        bool failed = false;
    } job{&transform};
    // Records only: a C callback must not throw.
    const auto callback = [](double* x, double* y, void* userdata) -> int {
        auto* work = static_cast<Job*>(userdata);
        try {
            const auto p = work->transform->forward({*x, *y});
            *x = p.x;
            *y = p.y;
            return 1;
        } catch (const std::exception&) {
            work->failed = true;
            return 0;
        }
    };
    GEOSGeometry* result = GEOSGeom_transformXY_r(native(*context_), geos(*this), callback, &job);
    if (result == nullptr || job.failed) {
        if (result != nullptr) {
            GEOSGeom_destroy_r(native(*context_), result);
        }
        throw CrsError("a coordinate of this geometry cannot be transformed");
    }
    return {*context_, result};
}

std::vector<Coordinate> Geometry::coordinates() const {
    const auto handle = native(*context_);
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(handle, geos(*this));
    unsigned int size = 0;
    if (sequence == nullptr || GEOSCoordSeq_getSize_r(handle, sequence, &size) == 0) {
        (void)context_->takeLastError();  // not a simple geometry: no vertices of its own
        return {};
    }
    std::vector<Coordinate> points(size);
    for (unsigned int i = 0; i < size; ++i) {
        GEOSCoordSeq_getXY_r(handle, sequence, i, &points[i].x, &points[i].y);
    }
    return points;
}

int Geometry::partCount() const {
    const int count = GEOSGetNumGeometries_r(native(*context_), geos(*this));
    if (count < 0) {
        throw GeometryError("cannot count parts: " + context_->takeLastError());
    }
    return count;
}

Geometry Geometry::part(int index) const {
    const GEOSGeometry* borrowed = GEOSGetGeometryN_r(native(*context_), geos(*this), index);
    GEOSGeometry* clone =
        borrowed != nullptr ? GEOSGeom_clone_r(native(*context_), borrowed) : nullptr;
    if (clone == nullptr) {
        throw GeometryError("no part " + std::to_string(index) + ": " + context_->takeLastError());
    }
    return {*context_, clone};
}

}  // namespace gigamap::core

#include "gigamap/core/overlay.h"

#include <geos_c.h>

#include <cmath>
#include <numbers>

#include "gigamap/core/error.h"
#include "gigamap/core/geos_context.h"

namespace gigamap::core {
namespace {

GEOSContextHandle_t native(const GeosContext& context) {
    return static_cast<GEOSContextHandle_t>(context.handle());
}

const GEOSGeometry* geos(const Geometry& g) {
    return static_cast<const GEOSGeometry*>(g.handle());
}

Geometry owned(const GeosContext& context, GEOSGeometry* result, const char* what) {
    if (result == nullptr) {
        throw GeometryError(std::string("GEOS could not compute ") + what + ": " +
                            context.takeLastError());
    }
    return {context, result};
}

}  // namespace

Geometry intersection(const GeosContext& context, const Geometry& a, const Geometry& b) {
    return owned(context, GEOSIntersection_r(native(context), geos(a), geos(b)), "an intersection");
}

Geometry difference(const GeosContext& context, const Geometry& a, const Geometry& b) {
    return owned(context, GEOSDifference_r(native(context), geos(a), geos(b)), "a difference");
}

Geometry shortestLine(const GeosContext& context, const Geometry& a, const Geometry& b) {
    const auto handle = native(context);
    GEOSCoordSequence* points = GEOSNearestPoints_r(handle, geos(a), geos(b));
    if (points == nullptr) {
        throw GeometryError("GEOS could not find the nearest points: " + context.takeLastError());
    }
    // The line takes ownership of the sequence.
    return owned(context, GEOSGeom_createLineString_r(handle, points), "a shortest line");
}

Geometry buffer(const GeosContext& context, const Geometry& geometry, double distance) {
    return owned(context, GEOSBuffer_r(native(context), geos(geometry), distance, 8), "a buffer");
}

Geometry unionOf(const GeosContext& context, std::span<const Geometry> parts) {
    std::vector<const Geometry*> pointers;
    pointers.reserve(parts.size());
    for (const auto& part : parts) {
        pointers.push_back(&part);
    }
    return unionOf(context, pointers);
}

Geometry unionOf(const GeosContext& context, std::span<const Geometry* const> parts) {
    const auto handle = native(context);
    // The collection borrows clones; GEOS takes ownership of them.
    std::vector<GEOSGeometry*> clones;
    clones.reserve(parts.size());
    for (const Geometry* part : parts) {
        GEOSGeometry* clone = GEOSGeom_clone_r(handle, geos(*part));
        if (clone == nullptr) {
            for (auto* c : clones) {
                GEOSGeom_destroy_r(handle, c);
            }
            throw GeometryError("cannot copy a geometry: " + context.takeLastError());
        }
        clones.push_back(clone);
    }
    const Geometry collection =
        owned(context,
              GEOSGeom_createCollection_r(handle, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                          static_cast<unsigned int>(clones.size())),
              "a collection");
    return owned(context, GEOSUnaryUnion_r(handle, geos(collection)), "a union");
}

Geometry polygon(const GeosContext& context, std::span<const Coordinate> ring) {
    const auto handle = native(context);
    const bool closed = !ring.empty() && ring.front() == ring.back();
    const auto size = static_cast<unsigned int>(ring.size() + (closed ? 0 : 1));
    GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(handle, size, 2);
    if (sequence == nullptr) {
        throw GeometryError("cannot create a ring: " + context.takeLastError());
    }
    for (unsigned int i = 0; i < size; ++i) {
        const Coordinate& c = ring[i < ring.size() ? i : 0];
        GEOSCoordSeq_setXY_r(handle, sequence, i, c.x, c.y);
    }
    GEOSGeometry* shell = GEOSGeom_createLinearRing_r(handle, sequence);  // takes the sequence
    if (shell == nullptr) {
        throw GeometryError("cannot create a ring: " + context.takeLastError());
    }
    return owned(context, GEOSGeom_createPolygon_r(handle, shell, nullptr, 0), "a polygon");
}

Geometry circle32(const GeosContext& context, Coordinate centre, double radius) {
    constexpr int kVertices = 32;
    std::vector<Coordinate> ring;
    ring.reserve(kVertices + 1);
    for (int k = 0; k < kVertices; ++k) {
        const double angle = k * std::numbers::pi / 16.0;
        ring.push_back({centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)});
    }
    return polygon(context, ring);
}

}  // namespace gigamap::core

#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "gigamap/core/feature.h"
#include "gigamap/core/geometry.h"

namespace gigamap::core {

// A GEOS context handle (RAII over GEOSContextHandle_t), one per thread: the
// reentrant _r API keeps no global state, so analyses can run on all cores.
// GEOS's notice and error callbacks only record the message; the wrapper
// functions throw GeometryError after the call returns.
class GeosContext {
public:
    GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;
    ~GeosContext();

    [[nodiscard]] Geometry readWkb(std::span<const unsigned char> wkb) const;
    [[nodiscard]] Geometry readWkt(std::string_view wkt) const;
    // 2D WKB, little-endian: Z and M are dropped.
    [[nodiscard]] Wkb writeWkb(const Geometry& geometry) const;
    [[nodiscard]] std::string writeWkt(const Geometry& geometry) const;
    [[nodiscard]] Geometry point(double x, double y) const;
    [[nodiscard]] Geometry box(const BoundingBox& box) const;
    // The shortest Euclidean distance between two geometries (ST_Distance),
    // computed on this context: how a thread measures geometries it shares.
    [[nodiscard]] double distance(const Geometry& a, const Geometry& b) const;

    // The opaque GEOSContextHandle_t, for the wrappers.
    [[nodiscard]] void* handle() const;
    // The message of the last error GEOS reported on this context.
    [[nodiscard]] std::string takeLastError() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace gigamap::core

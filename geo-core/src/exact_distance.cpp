#include "gigamap/core/exact_distance.h"

#include <geos_c.h>
#include <gmpxx.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

#include "gigamap/core/error.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"

namespace gigamap::core {
namespace {

struct ExactPoint {
    mpq_class x;
    mpq_class y;
};

// The vertices of a geometry as polylines: a point is a polyline of one
// vertex, a polygon its rings. The exact distance between two disjoint
// geometries is the least distance between a segment (or lone vertex) of one
// and a segment (or lone vertex) of the other.
class Linework {
public:
    Linework(const GeosContext& context, const Geometry& geometry)
        : handle_(static_cast<GEOSContextHandle_t>(context.handle())) {
        add(static_cast<const GEOSGeometry*>(geometry.handle()));
    }

    [[nodiscard]] const std::vector<std::vector<ExactPoint>>& polylines() const {
        return polylines_;
    }

private:
    void add(const GEOSGeometry* geometry) {
        const int type = GEOSGeomTypeId_r(handle_, geometry);
        if (type == GEOS_POLYGON) {
            add(GEOSGetExteriorRing_r(handle_, geometry));
            const int holes = GEOSGetNumInteriorRings_r(handle_, geometry);
            for (int i = 0; i < holes; ++i) {
                add(GEOSGetInteriorRingN_r(handle_, geometry, i));
            }
        } else if (type == GEOS_POINT || type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
            addSequence(GEOSGeom_getCoordSeq_r(handle_, geometry));
        } else {
            const int parts = GEOSGetNumGeometries_r(handle_, geometry);
            for (int i = 0; i < parts; ++i) {
                add(GEOSGetGeometryN_r(handle_, geometry, i));
            }
        }
    }

    void addSequence(const GEOSCoordSequence* sequence) {
        unsigned int size = 0;
        if (sequence == nullptr || GEOSCoordSeq_getSize_r(handle_, sequence, &size) == 0 ||
            size == 0) {
            return;
        }
        std::vector<ExactPoint> line;
        line.reserve(size);
        for (unsigned int i = 0; i < size; ++i) {
            double x = 0.0;
            double y = 0.0;
            GEOSCoordSeq_getXY_r(handle_, sequence, i, &x, &y);
            line.push_back({mpq_class(x), mpq_class(y)});
        }
        polylines_.push_back(std::move(line));
    }

    GEOSContextHandle_t handle_;
    std::vector<std::vector<ExactPoint>> polylines_;
};

mpq_class squaredLength(const mpq_class& dx, const mpq_class& dy) {
    return dx * dx + dy * dy;
}

// Exact squared distance from p to segment ab (a == b allowed).
mpq_class squaredDistance(const ExactPoint& p, const ExactPoint& a, const ExactPoint& b) {
    const mpq_class abx = b.x - a.x;
    const mpq_class aby = b.y - a.y;
    const mpq_class apx = p.x - a.x;
    const mpq_class apy = p.y - a.y;
    const mpq_class dot = apx * abx + apy * aby;
    const mpq_class lengthSquared = squaredLength(abx, aby);
    if (dot <= 0 || lengthSquared == 0) {
        return squaredLength(apx, apy);
    }
    if (dot >= lengthSquared) {
        return squaredLength(p.x - b.x, p.y - b.y);
    }
    const mpq_class cross = abx * apy - aby * apx;
    return cross * cross / lengthSquared;
}

int orientation(const ExactPoint& a, const ExactPoint& b, const ExactPoint& c) {
    const mpq_class value = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
    return sgn(value);
}

// Whether segments ab and cd cross or touch (the non-collinear case; collinear
// touching segments have a zero endpoint distance, found anyway).
bool segmentsCross(const ExactPoint& a, const ExactPoint& b, const ExactPoint& c,
                   const ExactPoint& d) {
    const int o1 = orientation(a, b, c);
    const int o2 = orientation(a, b, d);
    const int o3 = orientation(c, d, a);
    const int o4 = orientation(c, d, b);
    return o1 * o2 < 0 && o3 * o4 < 0;
}

mpq_class squaredSegmentDistance(const ExactPoint& a, const ExactPoint& b, const ExactPoint& c,
                                 const ExactPoint& d) {
    if (segmentsCross(a, b, c, d)) {
        return 0;
    }
    return std::min({squaredDistance(a, c, d), squaredDistance(b, c, d), squaredDistance(c, a, b),
                     squaredDistance(d, a, b)});
}

// The least exact squared distance between the two lineworks.
mpq_class leastSquaredDistance(const Linework& first, const Linework& second) {
    std::optional<mpq_class> least;
    for (const auto& p : first.polylines()) {
        for (const auto& q : second.polylines()) {
            const std::size_t pSegments = std::max<std::size_t>(p.size() - 1, 1);
            const std::size_t qSegments = std::max<std::size_t>(q.size() - 1, 1);
            for (std::size_t i = 0; i < pSegments; ++i) {
                const ExactPoint& a = p[i];
                const ExactPoint& b = p[std::min(i + 1, p.size() - 1)];
                for (std::size_t j = 0; j < qSegments; ++j) {
                    const ExactPoint& c = q[j];
                    const ExactPoint& d = q[std::min(j + 1, q.size() - 1)];
                    mpq_class value = squaredSegmentDistance(a, b, c, d);
                    if (!least || value < *least) {
                        least = std::move(value);
                    }
                }
            }
        }
    }
    if (!least) {
        throw GeometryError("cannot measure a distance to an empty geometry");
    }
    return *least;
}

bool isTie(double distance, double limit) {
    // Zero means the geometries meet (GEOS's distance is exact there).
    return distance > 0.0 && std::abs(distance - limit) <= tieBand(limit);
}

}  // namespace

double tieBand(double distance) {
    return std::max(distance * 1e-9, 1e-7);
}

std::optional<double> distanceWithin(const GeosContext& context, const Geometry& a,
                                     const Geometry& b, double limit) {
    const double distance = context.distance(a, b);
    if (!isTie(distance, limit)) {
        return distance <= limit ? std::optional(distance) : std::nullopt;
    }
    const mpq_class exact = leastSquaredDistance(Linework(context, a), Linework(context, b));
    if (exact > mpq_class(limit) * mpq_class(limit)) {
        return std::nullopt;
    }
    // The nearest double to the exact square, then its root: exact squares of
    // representable distances (100 for 10 m) come back exactly.
    return std::sqrt(exact.get_d());
}

int compareDistances(const GeosContext& context, const Geometry& from, const Geometry& a,
                     const Geometry& b) {
    const Linework origin(context, from);
    return cmp(leastSquaredDistance(origin, Linework(context, a)),
               leastSquaredDistance(origin, Linework(context, b)));
}

}  // namespace gigamap::core

#pragma once

#include <string>
#include <vector>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/coordinate.h"

namespace gigamap::core {

class CrsTransform;
class GeosContext;

// The kinds of OGC simple feature geometry, numbered as GEOS numbers them.
enum class GeometryKind {
    Point = 0,
    LineString = 1,
    LinearRing = 2,
    Polygon = 3,
    MultiPoint = 4,
    MultiLineString = 5,
    MultiPolygon = 6,
    GeometryCollection = 7
};

// A GEOS geometry (RAII over GEOSGeometry*) bound to the context that made it.
// It must not outlive that context.
class Geometry {
public:
    Geometry(const GeosContext& context, void* geometry);
    Geometry(Geometry&& other) noexcept;
    Geometry& operator=(Geometry&& other) noexcept;
    Geometry(const Geometry&) = delete;
    Geometry& operator=(const Geometry&) = delete;
    ~Geometry();

    [[nodiscard]] GeometryKind kind() const;
    [[nodiscard]] std::string typeName() const;
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] double area() const;
    [[nodiscard]] double length() const;
    [[nodiscard]] BoundingBox envelope() const;
    // The shortest Euclidean distance between the two (ST_Distance).
    [[nodiscard]] double distance(const Geometry& other) const;
    // Whether the two share any point, boundaries included (ST_Intersects).
    [[nodiscard]] bool intersects(const Geometry& other) const;
    // Whether the DE-9IM relation with `other` matches `pattern` (e.g. "1********").
    [[nodiscard]] bool relates(const Geometry& other, const char* pattern) const;
    // This geometry as a one-part multi-geometry when it is a single Point,
    // LineString or Polygon; otherwise a copy of it.
    [[nodiscard]] Geometry toMulti() const;
    // A valid version of this geometry that keeps its dimension (GEOS's
    // "structure" method, collapsed parts dropped): an invalid polygon stays polygonal.
    [[nodiscard]] Geometry makeValid() const;
    // This geometry with every coordinate transformed; throws CrsError if one cannot be.
    [[nodiscard]] Geometry transformed(const CrsTransform& transform) const;
    [[nodiscard]] int partCount() const;
    // The vertices of a Point, LineString or LinearRing (empty for other kinds).
    [[nodiscard]] std::vector<Coordinate> coordinates() const;
    // Part `index` of a multi-geometry, as a geometry of its own.
    [[nodiscard]] Geometry part(int index) const;

    // The GEOSGeometry*, for the wrappers.
    [[nodiscard]] void* handle() const { return geometry_; }
    [[nodiscard]] const GeosContext& context() const { return *context_; }

private:
    const GeosContext* context_;
    void* geometry_;
};

}  // namespace gigamap::core

#pragma once

namespace gigamap::core {

class Geometry;

// A GEOS prepared geometry (RAII over GEOSPreparedGeometry*) for repeated
// predicates against one geometry. It borrows `geometry`, which must outlive it.
// GEOS builds its indexes lazily on first use, so one thread uses it at a time.
class PreparedGeometry {
public:
    explicit PreparedGeometry(const Geometry& geometry);
    PreparedGeometry(PreparedGeometry&& other) noexcept;
    PreparedGeometry& operator=(PreparedGeometry&&) = delete;
    PreparedGeometry(const PreparedGeometry&) = delete;
    PreparedGeometry& operator=(const PreparedGeometry&) = delete;
    ~PreparedGeometry();

    // Whether the geometries share any point, boundaries included
    // (ST_Intersects); runs on `other`'s context.
    [[nodiscard]] bool intersects(const Geometry& other) const;

private:
    const Geometry* geometry_;
    const void* prepared_;
};

}  // namespace gigamap::core

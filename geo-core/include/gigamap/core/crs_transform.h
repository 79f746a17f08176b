#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "gigamap/core/bounding_box.h"

namespace gigamap::core {

class ProjContext;

// A coordinate transformation between two CRSs (RAII over PROJ's PJ*), with
// axes in the order people write them: longitude, latitude or easting, northing
// (PROJ's visualisation order), whatever the CRS definitions say.
// For WGS84 -> British National Grid PROJ picks the OSTN15 grid when it is
// installed (~0.1 m), otherwise a Helmert transformation (~2 m);
// operationName() tells which was used.
class CrsTransform {
public:
    CrsTransform(const ProjContext& context, std::string_view from, std::string_view to);
    CrsTransform(CrsTransform&&) noexcept;
    CrsTransform& operator=(CrsTransform&&) noexcept;
    CrsTransform(const CrsTransform&) = delete;
    CrsTransform& operator=(const CrsTransform&) = delete;
    ~CrsTransform();

    struct Point {
        double x = 0.0;
        double y = 0.0;
    };
    // Throws CrsError when the point cannot be transformed.
    [[nodiscard]] Point forward(Point point) const;
    // The target CRS's bounds of a source-CRS rectangle (densified edges).
    [[nodiscard]] BoundingBox forwardBounds(const BoundingBox& box) const;
    // The name of the operation used for the last point, e.g.
    // "Inverse of OSGB36 to WGS 84 (6) + British National Grid".
    [[nodiscard]] std::string operationName() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace gigamap::core

#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gigamap/core/geometry.h"

namespace gigamap::core {
class Project;
}

namespace gigamap::sample {

// One road of the project's roads layer, with the synthetic USRN the sample gives it.
struct Road {
    std::int64_t fid = 0;
    std::int64_t usrn = 0;
    std::string name;
    std::string roadClass;
    std::vector<core::Coordinate> line;

    [[nodiscard]] core::Coordinate midpoint() const;
    [[nodiscard]] double length() const;
};

// The roads of a project, in fid order. USRNs are synthetic (37100000 + fid):
// OpenStreetMap carries none and the real ones are not open data here.
std::vector<Road> readRoads(core::Project& project);

double distance(const core::Coordinate& a, const core::Coordinate& b);

}  // namespace gigamap::sample

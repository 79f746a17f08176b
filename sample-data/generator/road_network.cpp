#include "road_network.h"

#include <cmath>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"

namespace gigamap::sample {

double distance(const core::Coordinate& a, const core::Coordinate& b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

core::Coordinate Road::midpoint() const {
    const double half = length() / 2.0;
    double walked = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const double step = distance(line[i - 1], line[i]);
        if (walked + step >= half && step > 0.0) {
            const double t = (half - walked) / step;
            return {line[i - 1].x + t * (line[i].x - line[i - 1].x),
                    line[i - 1].y + t * (line[i].y - line[i - 1].y)};
        }
        walked += step;
    }
    return line.front();
}

double Road::length() const {
    double total = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i) {
        total += distance(line[i - 1], line[i]);
    }
    return total;
}

std::vector<Road> readRoads(core::Project& project) {
    auto& table = project.layer("roads");
    const core::GeosContext geos;
    std::vector<Road> roads;
    const auto extent = table.extent();
    if (!extent) {
        return roads;
    }
    for (const auto fid : table.idsInBox(*extent)) {
        const auto feature = table.read(fid);
        if (!feature || feature->geometry.empty()) {
            continue;
        }
        Road road;
        road.fid = fid;
        road.usrn = 37100000 + fid;
        if (const auto* name = std::get_if<std::string>(&feature->attribute("name"))) {
            road.name = *name;
        }
        if (const auto* roadClass = std::get_if<std::string>(&feature->attribute("road_class"))) {
            road.roadClass = *roadClass;
        }
        road.line = geos.readWkb(feature->geometry).coordinates();
        if (road.line.size() >= 2) {
            roads.push_back(std::move(road));
        }
    }
    return roads;
}

}  // namespace gigamap::sample

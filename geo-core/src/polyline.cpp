#include "gigamap/core/polyline.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "gigamap/core/error.h"
#include "gigamap/core/geometry.h"

namespace gigamap::core {
namespace {

// GEOS's Distance::pointToSegment.
double pointToSegment(const Coordinate& p, const Coordinate& a, const Coordinate& b) {
    if (a == b) {
        return std::hypot(p.x - a.x, p.y - a.y);
    }
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    const double r = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2;
    if (r <= 0.0) {
        return std::hypot(p.x - a.x, p.y - a.y);
    }
    if (r >= 1.0) {
        return std::hypot(p.x - b.x, p.y - b.y);
    }
    const double s = ((a.y - p.y) * dx - (a.x - p.x) * dy) / length2;
    return std::abs(s) * std::sqrt(length2);
}

}  // namespace

Polyline::Polyline(const Geometry& line) {
    const auto addPart = [this](const Geometry& part) {
        const auto vertices = part.coordinates();
        vertices_.insert(vertices_.end(), vertices.begin(), vertices.end());
        partEnds_.push_back(vertices_.size());
    };
    const auto kind = line.kind();
    if (kind == GeometryKind::LineString) {
        addPart(line);
    } else if (kind == GeometryKind::MultiLineString) {
        for (int i = 0; i < line.partCount(); ++i) {
            addPart(line.part(i));
        }
    } else {
        throw GeometryError("a duct must be a line, not a " + line.typeName());
    }
    if (vertices_.empty()) {
        throw GeometryError("cannot measure to an empty line");
    }
    box_ = {vertices_[0].x, vertices_[0].y, vertices_[0].x, vertices_[0].y};
    for (const auto& v : vertices_) {
        box_ = {std::min(box_.minX, v.x), std::min(box_.minY, v.y), std::max(box_.maxX, v.x),
                std::max(box_.maxY, v.y)};
    }
}

double Polyline::distanceTo(const Coordinate& p) const {
    double least = std::numeric_limits<double>::infinity();
    std::size_t start = 0;
    for (const std::size_t end : partEnds_) {
        if (end - start == 1) {
            least = std::min(least, std::hypot(p.x - vertices_[start].x, p.y - vertices_[start].y));
        }
        for (std::size_t i = start; i + 1 < end; ++i) {
            least = std::min(least, pointToSegment(p, vertices_[i], vertices_[i + 1]));
        }
        start = end;
    }
    return least;
}

}  // namespace gigamap::core

#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "gigamap/core/coordinate.h"
#include "gigamap/core/feature.h"

namespace gigamap::core {

class Project;

// What a drawn point snapped to.
struct SnapMatch {
    enum class Kind { Chamber, Node, DuctEnd, DuctVertex, DuctSegment };

    Kind kind = Kind::Chamber;
    std::string table;
    std::int64_t fid = 0;
    Coordinate at;           // the snapped position, copied exactly from the feature
    std::size_t vertex = 0;  // the vertex (DuctEnd, DuctVertex) or the segment's first vertex
    std::string label;       // for people: "chamber LAN-C-0001", "vertex 3 of duct D-7"
};

// Finds what a point drawn on the map snaps to within a tolerance (metres):
// chambers and nodes first, then duct ends, duct vertices and finally the
// nearest point of a duct segment, each the nearest of its kind. Candidates
// come from the layers' spatial indexes, so it stays quick on a big network.
class Snapper {
public:
    // Features that must not be snapped to (the one being moved or drawn).
    using Exclusions = std::set<std::pair<std::string, std::int64_t>>;

    explicit Snapper(Project& project);

    [[nodiscard]] std::optional<SnapMatch> snap(const Coordinate& point, double tolerance,
                                                const Exclusions& exclude = {}) const;
    // The nearest feature of the point layer `table` within the tolerance (ties
    // to the lowest fid), read whole, with its position.
    struct PointHit {
        Feature feature;
        Coordinate at;
        double distance2 = 0.0;
    };
    [[nodiscard]] std::optional<PointHit> nearestPoint(const std::string& table,
                                                       const Coordinate& point, double tolerance,
                                                       const Exclusions& exclude = {}) const;
    // Ducts only: the nearest end or vertex, else the nearest point of a segment.
    [[nodiscard]] std::optional<SnapMatch> snapToDucts(const Coordinate& point, double tolerance,
                                                       const Exclusions& exclude = {}) const;

private:
    Project& project_;
};

}  // namespace gigamap::core

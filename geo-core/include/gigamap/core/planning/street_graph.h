#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "gigamap/core/coordinate.h"

namespace gigamap::core::planning {

// One line of the project's `roads` layer, as the planner reads it.
struct RoadLine {
    std::int64_t fid = 0;
    std::optional<std::int64_t> usrn;
    std::string name;
    std::string roadClass;
    std::string surface;  // the `surface` field, may be empty
    std::vector<Coordinate> points;
};

// One edge of the street graph: a piece of a road between two nodes, or a
// lead-in from a road to a point attached to it.
struct StreetEdge {
    static constexpr std::size_t kLeadIn = static_cast<std::size_t>(-1);

    std::size_t from = 0;
    std::size_t to = 0;
    std::vector<Coordinate> line;  // from `from` to `to`
    double length = 0.0;
    std::size_t road = kLeadIn;  // index of its RoadLine; kLeadIn for a lead-in

    [[nodiscard]] bool isLeadIn() const { return road == kLeadIn; }
};

// The street network as a graph: roads noded where they cross or touch, and
// where an end lies within `tolerance` of another road (a T-junction drawn a
// little short or long); points within `tolerance` of each other are one node.
// Points (targets, sources) are attached by a perpendicular lead-in to the
// nearest road, which is split where the lead-in meets it.
class StreetGraph {
public:
    StreetGraph(const std::vector<RoadLine>& roads, double tolerance);

    // Attaches each point to the nearest street and returns its node (the
    // street's own node when the point lies within the tolerance of it);
    // nothing for a point when the graph has no street at all.
    std::vector<std::optional<std::size_t>> attach(const std::vector<Coordinate>& points);

    // The street nodes (not lead-in ends) within `distance` of segment a-b.
    [[nodiscard]] std::vector<std::size_t> streetNodesNear(const Coordinate& a, const Coordinate& b,
                                                           double distance) const;

    [[nodiscard]] const std::vector<Coordinate>& nodes() const { return nodes_; }
    [[nodiscard]] const std::vector<StreetEdge>& edges() const { return edges_; }
    [[nodiscard]] double tolerance() const { return tolerance_; }
    // How many road edges meet at each node (lead-ins not counted).
    [[nodiscard]] std::vector<std::size_t> streetDegrees() const;

private:
    std::size_t nodeAt(const Coordinate& point, bool street);
    [[nodiscard]] static std::uint64_t cellKey(std::int64_t x, std::int64_t y);
    void splitEdge(std::size_t edge, std::vector<std::pair<double, std::size_t>> cuts);

    double tolerance_;
    std::vector<Coordinate> nodes_;
    std::vector<char> streetNode_;
    std::vector<StreetEdge> edges_;
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> nodeCells_;
};

}  // namespace gigamap::core::planning

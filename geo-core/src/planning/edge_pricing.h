#pragma once

// Private to geo-core's planning: prices each edge of the street graph.

#include <string>
#include <vector>

#include "gigamap/core/geometry.h"
#include "gigamap/core/planning/build_plan.h"
#include "gigamap/core/planning/street_graph.h"
#include "gigamap/core/str_tree.h"
#include "plan_inputs.h"

namespace gigamap::core {
class CostModel;
class GeosContext;
}  // namespace gigamap::core

namespace gigamap::core::planning {

// The digging surface of a road: its `surface` field when it names one
// (verge, footway, carriageway), else from its class (motorways and trunk
// roads: verge; streets from primary down to residential and service roads,
// and OS Open Roads' A, B and minor roads: footway; tracks and paths: verge);
// unknown otherwise.
[[nodiscard]] std::string surfaceOfRoad(const RoadLine& road);

// An edge's cost: metres reused along an existing duct (within the reuse
// distance) at the reuse rate; of the rest, metres within `distance` of a
// street work active in the window at the shared-dig rate, and the remainder
// at its surface's rate (lead-ins: footway); plus a road crossing for every
// road a lead-in crosses. An edge with more than twice the tolerance of new
// digging inside a Section 58 restriction in force is marked blocked.
class EdgePricing {
public:
    EdgePricing(const GeosContext& geos, const PlanInputs& inputs, const PlanOptions& options,
                const CostModel& costs);

    [[nodiscard]] PlanEdge price(const StreetEdge& edge, const std::vector<RoadLine>& roads) const;

private:
    struct Shapes {
        std::vector<Geometry> geometries;
        std::vector<std::string> references;
        StrTree tree;
        explicit Shapes(const GeosContext& geos) : tree(geos) {}
    };
    void load(Shapes& shapes, const std::vector<NamedShape>& from, double bufferBy) const;
    [[nodiscard]] std::vector<std::size_t> hits(const Shapes& shapes, const Geometry& line) const;

    const GeosContext& geos_;
    const PlanOptions& options_;
    const CostModel& costs_;
    Shapes ducts_;
    Shapes works_;
    Shapes restrictions_;
    Shapes roads_;
};

}  // namespace gigamap::core::planning

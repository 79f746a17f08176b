#pragma once

// Private to geo-core's planning: what the planner reads from the project.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/coordinate.h"
#include "gigamap/core/feature.h"
#include "gigamap/core/planning/build_plan.h"
#include "gigamap/core/planning/street_graph.h"

namespace gigamap::core {
class GeosContext;
class Project;
}  // namespace gigamap::core

namespace gigamap::core::planning {

struct NamedPoint {
    std::string name;
    std::int64_t premises = 0;
    Coordinate at;
};

struct NamedShape {
    std::string reference;
    Wkb geometry;
};

struct PlanInputs {
    std::vector<RoadLine> roads;
    std::vector<NamedPoint> targets;       // postcode, premises
    std::vector<NamedPoint> sourcePoints;  // exchanges and cabinets
    std::vector<NamedShape> existingDucts;
    std::vector<NamedShape> works;         // active, overlapping the window
    std::vector<NamedShape> restrictions;  // Section 58 in force in the window
};

// Reads the project's layers for `options`; throws ImportError for an option
// that names what the project does not have.
[[nodiscard]] PlanInputs readPlanInputs(Project& project, const GeosContext& geos,
                                        const PlanOptions& options);

}  // namespace gigamap::core::planning

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace gigamap::core {

class CostModel;
class Feedback;
class Project;

// One surface's line of the proposed build.
struct SurfaceCost {
    std::string surface;  // verge, footway, carriageway, unknown
    std::size_t ducts = 0;
    double length = 0.0;  // metres
    double rate = 0.0;    // £ per metre
    double cost = 0.0;
};

// One planned or proposed duct, for the duct schedule.
struct PlannedDuctCost {
    std::string ref;
    std::string status;
    std::string surface;
    double length = 0.0;
    double cost = 0.0;
};

struct ProposedBuildResult {
    std::vector<SurfaceCost> surfaces;   // verge, footway, carriageway, unknown
    std::vector<PlannedDuctCost> ducts;  // by ref
    std::size_t chambers = 0;            // planned or proposed
    double chamberCost = 0.0;
    std::size_t roadCrossings = 0;
    double roadCrossingCost = 0.0;
    double total = 0.0;
    double passDistance = 0.0;  // metres
    std::size_t postcodesPassed = 0;
    std::int64_t premisesPassed = 0;
    std::optional<double> costPerPremisesPassed;  // none when no premises are passed
};

// The proposed build priced by the cost model: planned and proposed ducts by
// surface (length in the project CRS × the surface's rate), a road crossing
// wherever such a duct crosses a road centreline (each point where they meet;
// a duct running along a road does not cross it), planned and proposed
// chambers, the total, and the premises passed: all_premises of every
// postcode within the cost model's distance of a planned or proposed duct
// (exact, as ST_DWithin).
class ProposedBuild {
public:
    explicit ProposedBuild(Project& project) : project_(project) {}

    [[nodiscard]] ProposedBuildResult run(const CostModel& costs, Feedback* feedback = nullptr);

private:
    Project& project_;
};

}  // namespace gigamap::core

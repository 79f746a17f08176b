#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/coordinate.h"
#include "gigamap/core/day_range.h"

namespace gigamap::core {
class CostModel;
class Feedback;
class Project;
}  // namespace gigamap::core

namespace gigamap::core::planning {

// What to plan (`gigamap-cli plan`'s options).
struct PlanOptions {
    enum class Targets { BelowThreshold, Ward, Selection };
    Targets targets = Targets::BelowThreshold;
    std::string ward;                    // Targets::Ward: the ward's code
    std::vector<std::string> selection;  // Targets::Selection: postcodes
    std::string metric = "gigabit_pct";  // a target lies below `below` on this field
    double below = 100.0;
    bool fromExistingDucts = true;
    bool fromExchanges = true;
    bool fromCabinets = true;
    std::optional<DayRange> window;  // the build window: street works and Section 58 in it
    std::optional<double> budget;    // pounds: the prize-collecting form
    double distance = 10.0;          // metres: a street work this near shares its dig
    double tolerance = 1.0;          // metres: road ends this near are one junction
    double reuseDistance = 3.0;      // metres: street this near an existing duct reuses it
};

// One edge of the graph the plan was made on (what --explain writes).
struct PlanEdge {
    std::size_t from = 0;
    std::size_t to = 0;
    std::vector<Coordinate> line;
    double length = 0.0;
    std::string kind;     // trench_verge, trench_footway, ..., reuse, shared_dig, lead_in
    std::string surface;  // of the digging: verge, footway, carriageway, unknown
    std::optional<std::int64_t> usrn;
    double reusedMetres = 0.0;  // along an existing duct
    double sharedMetres = 0.0;  // dug with a street work
    std::size_t crossings = 0;  // roads a lead-in crosses
    std::string streetWork;     // the work shared (reference)
    std::string restriction;    // the Section 58 that forbids digging it, if any
    double cost = 0.0;
    double costWithoutStreetWorks = 0.0;
    bool inPlan = false;

    [[nodiscard]] bool isLeadIn() const { return kind == "lead_in"; }
    [[nodiscard]] double dugMetres() const { return length - reusedMetres - sharedMetres; }
};

struct PlanTarget {
    std::string postcode;
    std::int64_t premises = 0;
    Coordinate at;
    std::optional<std::size_t> node;
    bool connected = false;
    std::string reason;  // why not connected
};

struct PlanSource {
    std::string what;  // "exchange Lancaster", "existing duct LAN-D-0012"
    std::size_t node = 0;
};

// The quantities and pounds of a plan (and of the naive plan).
struct BillFigures {
    double trenchMetres[4] = {0, 0, 0, 0};  // verge, footway, carriageway, unknown
    double leadInMetres = 0.0;
    double reusedMetres = 0.0;
    double sharedMetres = 0.0;
    std::size_t crossings = 0;
    std::size_t junctionChambers = 0;
    std::size_t spacingChambers = 0;
    double edgeCost = 0.0;  // the sum of the cost of the edges in the plan
    double chamberCost = 0.0;
    double total = 0.0;
    std::size_t postcodesPassed = 0;
    std::int64_t premisesPassed = 0;
};

struct PlanResult {
    std::vector<Coordinate> nodes;
    std::vector<PlanEdge> edges;
    std::vector<PlanTarget> targets;
    std::vector<PlanSource> sources;
    std::vector<std::size_t> chamberNodes;  // junctions the plan uses
    BillFigures plan;
    BillFigures naive;             // every target by its own shortest path
    double streetWorksSaving = 0;  // the plan dug without street works, less the plan
    std::size_t roads = 0;
    std::size_t components = 0;               // connected parts of the street graph
    std::size_t componentsWithoutSource = 0;  // parts holding targets but no source
    std::size_t blockedEdges = 0;
    std::size_t worksInWindow = 0;
    std::size_t restrictionsInForce = 0;
    std::optional<DayRange> window;
    std::optional<double> budget;
    double chamberSpacing = 0.0;
    // Wall-clock seconds of each part, for the benchmark.
    struct Timings {
        double read = 0.0;           // the project's layers
        double graph = 0.0;          // noding and attaching
        double pricing = 0.0;        // every edge's cost
        double shortestPaths = 0.0;  // from the sources to every node (BGL Dijkstra)
        double tree = 0.0;           // Steiner tree, improvement, budget, bill
    } timings;
};

// The build planner: the street graph from `roads`, priced by the cost model,
// and a Steiner tree from the sources to the targets (see planning/README).
class BuildPlanner {
public:
    explicit BuildPlanner(Project& project) : project_(project) {}

    // Throws ImportError for options that do not fit the project (an unknown
    // ward, metric or postcode), CancelledError when cancelled.
    [[nodiscard]] PlanResult run(const PlanOptions& options, const CostModel& costs,
                                 Feedback* feedback = nullptr);

private:
    Project& project_;
};

}  // namespace gigamap::core::planning

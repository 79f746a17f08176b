#include "gigamap/core/planning/build_plan.h"

#include <fmt/format.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <map>
#include <set>

#include "edge_pricing.h"
#include "gigamap/core/cost_model.h"
#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/planning/weighted_graph.h"
#include "gigamap/core/project.h"
#include "plan_inputs.h"

namespace gigamap::core::planning {
namespace {

constexpr std::size_t npos = WeightedGraph::npos;
constexpr std::array<const char*, 4> kSurfaces{"verge", "footway", "carriageway", "unknown"};

void progress(Feedback* feedback, double percent) {
    if (feedback != nullptr) {
        if (feedback->isCancelled()) {
            throw CancelledError("planning cancelled; nothing was written");
        }
        feedback->setProgress(percent);
    }
}

std::size_t surfaceIndex(const std::string& surface) {
    const auto it = std::find(kSurfaces.begin(), kSurfaces.end(), surface);
    return static_cast<std::size_t>(it - kSurfaces.begin()) % kSurfaces.size();
}

// Adds one edge's quantities to a bill.
void addEdge(BillFigures& bill, const PlanEdge& edge) {
    if (edge.isLeadIn()) {
        bill.leadInMetres += edge.dugMetres();
    } else {
        bill.trenchMetres[surfaceIndex(edge.surface)] += edge.dugMetres();
    }
    bill.reusedMetres += edge.reusedMetres;
    bill.sharedMetres += edge.sharedMetres;
    bill.crossings += edge.crossings;
    bill.edgeCost += edge.cost;
}

// Chambers every `spacing` metres of new digging, then the totals.
void finishBill(BillFigures& bill, double newMetres, const CostModel& costs) {
    bill.spacingChambers +=
        static_cast<std::size_t>(std::floor(newMetres / costs.chamberSpacing()));
    bill.chamberCost = static_cast<double>(bill.junctionChambers + bill.spacingChambers) *
                       costs.rate("chamber").pounds;
    bill.total = bill.edgeCost + bill.chamberCost;
}

double newDigging(const PlanEdge& edge) {
    return edge.isLeadIn() ? 0.0 : edge.dugMetres();
}

struct PlanCost {
    std::vector<std::size_t> edges;  // indices into the plan's edges
    BillFigures bill;
    std::vector<std::size_t> chamberNodes;
};

// The bill of a set of edges: quantities, a chamber at every junction it uses
// (where it branches, where it passes a street junction, where a lead-in
// leaves the street) and every chamber-spacing metres of new trench.
PlanCost costPlan(const std::vector<PlanEdge>& edges, std::vector<std::size_t> chosen,
                  const std::vector<std::size_t>& streetDegree, const CostModel& costs) {
    PlanCost plan;
    std::sort(chosen.begin(), chosen.end());
    plan.edges = std::move(chosen);
    std::map<std::size_t, std::size_t> degree;
    std::set<std::size_t> chambers;
    double newMetres = 0.0;
    for (const std::size_t e : plan.edges) {
        const PlanEdge& edge = edges[e];
        addEdge(plan.bill, edge);
        newMetres += newDigging(edge);
        ++degree[edge.from];
        ++degree[edge.to];
        if (edge.isLeadIn()) {
            chambers.insert(edge.from);
        }
    }
    for (const auto& [node, count] : degree) {
        if (count >= 3 || streetDegree[node] >= 3) {
            chambers.insert(node);
        }
    }
    plan.chamberNodes.assign(chambers.begin(), chambers.end());
    plan.bill.junctionChambers = chambers.size();
    finishBill(plan.bill, newMetres, costs);
    return plan;
}

// Seconds since `start`, and `start` moved on to now.
double lap(std::chrono::steady_clock::time_point& start) {
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - start).count();
    start = now;
    return seconds;
}

// Connected parts of the street graph (every edge, blocked or not).
std::vector<std::size_t> componentsOf(std::size_t nodes, const std::vector<PlanEdge>& edges,
                                      std::size_t& count) {
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> graph(nodes);
    for (const auto& edge : edges) {
        boost::add_edge(edge.from, edge.to, graph);
    }
    std::vector<std::size_t> component(nodes);
    count = static_cast<std::size_t>(boost::connected_components(graph, component.data()));
    return component;
}

}  // namespace

PlanResult BuildPlanner::run(const PlanOptions& options, const CostModel& costs,
                             Feedback* feedback) {
    const GeosContext geos;
    PlanResult result;
    auto clock = std::chrono::steady_clock::now();
    result.window = options.window;
    result.budget = options.budget;
    result.chamberSpacing = costs.chamberSpacing();
    const PlanInputs inputs = readPlanInputs(project_, geos, options);
    result.roads = inputs.roads.size();
    result.worksInWindow = inputs.works.size();
    result.restrictionsInForce = inputs.restrictions.size();
    result.timings.read = lap(clock);
    progress(feedback, 10.0);

    // The street graph, with targets and sources attached.
    StreetGraph streets(inputs.roads, options.tolerance);
    std::vector<Coordinate> points;
    for (const auto& target : inputs.targets) {
        points.push_back(target.at);
    }
    for (const auto& source : inputs.sourcePoints) {
        points.push_back(source.at);
    }
    const auto attached = streets.attach(points);
    progress(feedback, 25.0);
    for (std::size_t t = 0; t < inputs.targets.size(); ++t) {
        const auto& target = inputs.targets[t];
        result.targets.push_back({target.name, target.premises, target.at, attached[t], false,
                                  attached[t] ? "" : "the project has no roads to reach it by"});
    }
    std::set<std::size_t> sourceNodes;
    for (std::size_t s = 0; s < inputs.sourcePoints.size(); ++s) {
        if (const auto node = attached[inputs.targets.size() + s]) {
            if (sourceNodes.insert(*node).second) {
                result.sources.push_back({inputs.sourcePoints[s].name, *node});
            }
        }
    }
    if (options.fromExistingDucts) {
        const GeosContext& g = geos;
        for (const auto& duct : inputs.existingDucts) {
            const auto vertices = g.readWkb(duct.geometry).coordinates();
            for (std::size_t k = 0; k + 1 < vertices.size(); ++k) {
                for (const std::size_t node :
                     streets.streetNodesNear(vertices[k], vertices[k + 1], options.reuseDistance)) {
                    if (sourceNodes.insert(node).second) {
                        result.sources.push_back({"existing duct " + duct.reference, node});
                    }
                }
            }
        }
    }
    std::sort(result.sources.begin(), result.sources.end(),
              [](const PlanSource& a, const PlanSource& b) { return a.node < b.node; });
    result.nodes = streets.nodes();
    result.timings.graph = lap(clock);

    // Every edge priced.
    const EdgePricing pricing(geos, inputs, options, costs);
    for (std::size_t e = 0; e < streets.edges().size(); ++e) {
        result.edges.push_back(pricing.price(streets.edges()[e], inputs.roads));
        if ((e & 1023U) == 0) {
            progress(feedback, 25.0 + 35.0 * static_cast<double>(e) /
                                          static_cast<double>(streets.edges().size()));
        }
    }
    progress(feedback, 60.0);
    result.timings.pricing = lap(clock);

    // The graph to plan on: unblocked edges plus a root joined to every source at no cost.
    const std::size_t root = result.nodes.size();
    std::vector<WeightedEdge> weighted;
    std::vector<std::size_t> planEdgeOf;
    for (std::size_t e = 0; e < result.edges.size(); ++e) {
        if (result.edges[e].restriction.empty()) {
            weighted.push_back({result.edges[e].from, result.edges[e].to, result.edges[e].cost});
            planEdgeOf.push_back(e);
        } else {
            ++result.blockedEdges;
        }
    }
    for (const auto& source : result.sources) {
        weighted.push_back({root, source.node, 0.0});
        planEdgeOf.push_back(npos);
    }
    const WeightedGraph graph(root + 1, std::move(weighted));
    const std::size_t rootSource[] = {root};
    const auto fromRoot = graph.shortestPaths(rootSource);
    result.timings.shortestPaths = lap(clock);

    // Why a target cannot be reached.
    std::size_t componentCount = 0;
    const auto component = componentsOf(result.nodes.size(), result.edges, componentCount);
    result.components = componentCount;
    std::set<std::size_t> sourceComponents;
    for (const auto& source : result.sources) {
        sourceComponents.insert(component[source.node]);
    }
    std::set<std::size_t> unsourced;
    std::vector<std::size_t> terminals{root};
    std::map<std::size_t, double> prizeOf;
    for (auto& target : result.targets) {
        if (!target.node) {
            continue;
        }
        if (std::isfinite(fromRoot.distance[*target.node])) {
            if (prizeOf.count(*target.node) == 0) {
                terminals.push_back(*target.node);
            }
            prizeOf[*target.node] += static_cast<double>(target.premises);
            continue;
        }
        if (result.sources.empty()) {
            target.reason = "there is no source (existing duct, exchange or cabinet) to plan from";
        } else if (sourceComponents.count(component[*target.node]) == 0) {
            unsourced.insert(component[*target.node]);
            target.reason =
                "its streets are not connected to any source (a separate part of the road "
                "network)";
        } else {
            target.reason =
                "every route from a source digs a street under a Section 58 restriction in "
                "the window";
        }
    }
    result.componentsWithoutSource = unsourced.size();
    progress(feedback, 65.0);

    // The Steiner tree, and under a budget its prize-collecting pruning.
    EdgeSet tree = steinerTree(graph, terminals, feedback);
    {
        // Never worse than the shortest-path tree (the union of the naive paths).
        std::set<std::size_t> union_;
        for (std::size_t t = 1; t < terminals.size(); ++t) {
            for (const std::size_t e : graph.pathTo(fromRoot, terminals[t])) {
                union_.insert(e);
            }
        }
        EdgeSet shortestPathTree{{union_.begin(), union_.end()}, 0.0};
        for (const std::size_t e : shortestPathTree.edges) {
            shortestPathTree.cost += graph.edges()[e].cost;
        }
        if (shortestPathTree.cost < tree.cost) {
            tree = std::move(shortestPathTree);
        }
    }
    progress(feedback, 90.0);
    const auto streetDegree = streets.streetDegrees();
    const auto planOf = [&](const EdgeSet& edges) {
        std::vector<std::size_t> planEdges;
        for (const std::size_t e : edges.edges) {
            if (planEdgeOf[e] != npos) {
                planEdges.push_back(planEdgeOf[e]);
            }
        }
        return costPlan(result.edges, planEdges, streetDegree, costs);
    };
    if (options.budget) {
        std::vector<double> prize(graph.nodeCount(), 0.0);
        for (const auto& [node, premises] : prizeOf) {
            prize[node] = premises;
        }
        // Chambers are per-plan items: prune the edges to what the budget
        // leaves once they are paid for, tightening until the whole fits.
        double allowance = *options.budget;
        EdgeSet pruned = pruneToBudget(graph, tree, root, prize, allowance);
        for (int round = 0; round < 50; ++round) {
            const double total = planOf(pruned).bill.total;
            if (total <= *options.budget) {
                break;
            }
            allowance -= total - *options.budget + 1.0;
            pruned = pruneToBudget(graph, tree, root, prize, std::max(0.0, allowance));
        }
        tree = std::move(pruned);
    }

    // The plan: edges, chambers, connected targets.
    PlanCost planned = planOf(tree);
    result.plan = planned.bill;
    result.chamberNodes = std::move(planned.chamberNodes);
    std::set<std::size_t> planNodes;
    for (const std::size_t e : planned.edges) {
        result.edges[e].inPlan = true;
        planNodes.insert(result.edges[e].from);
        planNodes.insert(result.edges[e].to);
    }
    for (auto& target : result.targets) {
        if (target.node && std::isfinite(fromRoot.distance[*target.node]) &&
            (planNodes.count(*target.node) != 0 || sourceNodes.count(*target.node) != 0)) {
            target.connected = true;
            ++result.plan.postcodesPassed;
            result.plan.premisesPassed += target.premises;
        } else if (target.node && std::isfinite(fromRoot.distance[*target.node])) {
            target.reason = "left out to keep within the budget";
        }
    }
    for (const auto& edge : result.edges) {
        if (edge.inPlan) {
            result.streetWorksSaving += edge.costWithoutStreetWorks - edge.cost;
        }
    }

    // The naive plan: every connected target by its own shortest path, with
    // its own chambers (at the street junctions it passes and where its
    // lead-in leaves the street).
    double naiveNew = 0.0;
    for (const auto& target : result.targets) {
        if (!target.connected) {
            continue;
        }
        std::set<std::size_t> chambers;
        for (const std::size_t e : graph.pathTo(fromRoot, *target.node)) {
            if (planEdgeOf[e] == npos) {
                continue;
            }
            const PlanEdge& edge = result.edges[planEdgeOf[e]];
            addEdge(result.naive, edge);
            naiveNew += newDigging(edge);
            for (const std::size_t node : {edge.from, edge.to}) {
                if (streetDegree[node] >= 3 || (edge.isLeadIn() && node == edge.from)) {
                    chambers.insert(node);
                }
            }
        }
        result.naive.junctionChambers += chambers.size();
        ++result.naive.postcodesPassed;
        result.naive.premisesPassed += target.premises;
    }
    finishBill(result.naive, naiveNew, costs);
    result.timings.tree = lap(clock);
    progress(feedback, 100.0);
    return result;
}

}  // namespace gigamap::core::planning

#pragma once

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace gigamap::core {
class Feedback;
}

namespace gigamap::core::planning {

// One undirected edge of a weighted graph; its index in the graph's edge list
// is its identity (parallel edges are allowed).
struct WeightedEdge {
    std::size_t from = 0;
    std::size_t to = 0;
    double cost = 0.0;  // 0 or more
};

// A tree (or forest) of a WeightedGraph: edge indices in increasing order and their total cost.
struct EdgeSet {
    std::vector<std::size_t> edges;
    double cost = 0.0;
};

// An undirected graph with non-negative edge costs, held as a Boost Graph
// Library adjacency list. The shortest paths of the planner (Steiner tree,
// naive plan, reachability) all run on it through BGL's Dijkstra.
class WeightedGraph {
public:
    WeightedGraph(std::size_t nodeCount, std::vector<WeightedEdge> edges);
    WeightedGraph(const WeightedGraph&) = delete;
    WeightedGraph& operator=(const WeightedGraph&) = delete;
    WeightedGraph(WeightedGraph&&) noexcept;
    WeightedGraph& operator=(WeightedGraph&&) noexcept;
    ~WeightedGraph();

    [[nodiscard]] std::size_t nodeCount() const;
    [[nodiscard]] const std::vector<WeightedEdge>& edges() const { return edges_; }

    // Shortest paths from every node of `sources` at once: the distance of
    // every node (infinity when unreachable) and the edge it is reached by
    // (npos for the sources and unreachable nodes).
    struct ShortestPaths {
        std::vector<double> distance;
        std::vector<std::size_t> viaEdge;
    };
    [[nodiscard]] ShortestPaths shortestPaths(std::span<const std::size_t> sources) const;

    // The edges on the shortest path to `node`, from the node back to a source.
    [[nodiscard]] std::vector<std::size_t> pathTo(const ShortestPaths& paths,
                                                  std::size_t node) const;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    struct Impl;
    [[nodiscard]] const Impl& impl() const { return *impl_; }

private:
    std::vector<WeightedEdge> edges_;
    std::unique_ptr<Impl> impl_;
};

// A Steiner tree connecting `terminals` (distinct nodes, all reachable from
// the first): Mehlhorn's 2-approximation (the minimum spanning tree of the
// terminals' distance graph through their Voronoi regions, expanded into
// paths, spanned again and pruned of non-terminal leaves), then improved by
// key-path exchange until no key path can be replaced by a cheaper one.
// Deterministic: ties go to the lower edge index. Throws CancelledError when
// `feedback` is cancelled.
[[nodiscard]] EdgeSet steinerTree(const WeightedGraph& graph,
                                  std::span<const std::size_t> terminals,
                                  Feedback* feedback = nullptr);

// The prize-collecting form under a budget: cuts branches off `tree` (rooted
// at `root`), always the branch with the fewest prize per pound (its leaf
// terminal's prize over the cost of the path to the next branching node or
// terminal), until the tree costs at most `budget`. `prize` is indexed by node.
[[nodiscard]] EdgeSet pruneToBudget(const WeightedGraph& graph, const EdgeSet& tree,
                                    std::size_t root, std::span<const double> prize, double budget);

}  // namespace gigamap::core::planning

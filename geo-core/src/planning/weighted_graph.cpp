#include "gigamap/core/planning/weighted_graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/property_map.hpp>

#include <limits>

#include "weighted_graph_impl.h"

namespace gigamap::core::planning {

WeightedGraph::WeightedGraph(std::size_t nodeCount, std::vector<WeightedEdge> edges)
    : edges_(std::move(edges)), impl_(std::make_unique<Impl>(nodeCount)) {
    for (std::size_t e = 0; e < edges_.size(); ++e) {
        boost::add_edge(edges_[e].from, edges_[e].to, e, impl_->graph);
        impl_->weights.push_back(edges_[e].cost);
    }
}

WeightedGraph::WeightedGraph(WeightedGraph&&) noexcept = default;
WeightedGraph& WeightedGraph::operator=(WeightedGraph&&) noexcept = default;
WeightedGraph::~WeightedGraph() = default;

std::size_t WeightedGraph::nodeCount() const {
    return boost::num_vertices(impl_->graph);
}

WeightedGraph::ShortestPaths WeightedGraph::shortestPaths(
    std::span<const std::size_t> sources) const {
    const std::size_t n = nodeCount();
    ShortestPaths paths{std::vector<double>(n, std::numeric_limits<double>::infinity()),
                        std::vector<std::size_t>(n, npos)};
    std::vector<std::size_t> predecessor(n);
    for (std::size_t v = 0; v < n; ++v) {
        predecessor[v] = v;
    }
    impl_->dijkstra(sources, paths.distance, predecessor, paths.viaEdge);
    return paths;
}

std::vector<std::size_t> WeightedGraph::pathTo(const ShortestPaths& paths, std::size_t node) const {
    std::vector<std::size_t> path;
    for (std::size_t at = node; paths.viaEdge[at] != npos;) {
        const std::size_t e = paths.viaEdge[at];
        path.push_back(e);
        at = edges_[e].from == at ? edges_[e].to : edges_[e].from;
    }
    return path;
}

}  // namespace gigamap::core::planning

#pragma once

// Private to geo-core's planning: the Boost Graph Library side of WeightedGraph.

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/two_bit_color_map.hpp>
#include <boost/property_map/property_map.hpp>

#include <functional>
#include <limits>
#include <span>
#include <vector>

#include "gigamap/core/planning/weighted_graph.h"

namespace gigamap::core::planning {

using BglGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_index_t, std::size_t>>;
using BglVertex = boost::graph_traits<BglGraph>::vertex_descriptor;
using BglEdge = boost::graph_traits<BglGraph>::edge_descriptor;

// Records the edge each vertex is reached by, and stops the search when told.
struct StopSearch {};

class RecordingVisitor : public boost::default_dijkstra_visitor {
public:
    RecordingVisitor(std::vector<std::size_t>& viaEdge, std::vector<BglVertex>* touched,
                     const std::function<bool(BglVertex)>* stopAt = nullptr)
        : viaEdge_(&viaEdge), touched_(touched), stopAt_(stopAt) {}

    void edge_relaxed(const BglEdge& edge, const BglGraph& graph) const {  // NOLINT
        (*viaEdge_)[boost::target(edge, graph)] = boost::get(boost::edge_index, graph, edge);
    }
    void discover_vertex(BglVertex vertex, const BglGraph& /*graph*/) const {  // NOLINT
        if (touched_ != nullptr) {
            touched_->push_back(vertex);
        }
    }
    void examine_vertex(BglVertex vertex, const BglGraph& /*graph*/) const {  // NOLINT
        if (stopAt_ != nullptr && (*stopAt_)(vertex)) {
            throw StopSearch{};
        }
    }

private:
    std::vector<std::size_t>* viaEdge_;
    std::vector<BglVertex>* touched_;
    const std::function<bool(BglVertex)>* stopAt_;
};

struct WeightedGraph::Impl {
    explicit Impl(std::size_t nodeCount) : graph(nodeCount) {}

    BglGraph graph;
    std::vector<double> weights;

    // Full multi-source Dijkstra through BGL.
    void dijkstra(std::span<const std::size_t> sources, std::vector<double>& distance,
                  std::vector<std::size_t>& predecessor, std::vector<std::size_t>& viaEdge) const {
        if (sources.empty()) {
            return;
        }
        const auto index = boost::get(boost::vertex_index, graph);
        const auto weight = boost::make_iterator_property_map(weights.begin(),
                                                              boost::get(boost::edge_index, graph));
        boost::dijkstra_shortest_paths(
            graph, sources.begin(), sources.end(),
            boost::make_iterator_property_map(predecessor.begin(), index),
            boost::make_iterator_property_map(distance.begin(), index), weight, index,
            std::less<>(), boost::closed_plus<double>(), std::numeric_limits<double>::infinity(),
            0.0, RecordingVisitor(viaEdge, nullptr, nullptr));
    }
};

// A Dijkstra search that can be run many times over a large graph at the cost
// of what it touches only: its arrays are kept and reset vertex by vertex.
class LocalSearch {
public:
    explicit LocalSearch(const WeightedGraph& graph)
        : graph_(graph),
          distance_(graph.nodeCount(), std::numeric_limits<double>::infinity()),
          predecessor_(graph.nodeCount()),
          viaEdge_(graph.nodeCount(), WeightedGraph::npos),
          colour_(graph.nodeCount(), boost::white_color) {
        for (std::size_t v = 0; v < predecessor_.size(); ++v) {
            predecessor_[v] = v;
        }
    }

    // Searches from `sources` until `stopAt` accepts the vertex being settled
    // (returned) or nothing closer than `limit` remains (npos).
    std::size_t run(std::span<const std::size_t> sources, double limit,
                    const std::function<bool(BglVertex)>& accept) {
        reset();
        const auto& impl = graph_.impl();
        for (const std::size_t s : sources) {
            distance_[s] = 0.0;
            touched_.push_back(s);
        }
        std::size_t found = WeightedGraph::npos;
        const std::function<bool(BglVertex)> stop = [&](BglVertex v) {
            if (distance_[v] >= limit) {
                return true;
            }
            if (accept(v)) {
                found = v;
                return true;
            }
            return false;
        };
        const auto index = boost::get(boost::vertex_index, impl.graph);
        const auto weight = boost::make_iterator_property_map(
            impl.weights.begin(), boost::get(boost::edge_index, impl.graph));
        try {
            boost::dijkstra_shortest_paths_no_init(
                impl.graph, sources.begin(), sources.end(),
                boost::make_iterator_property_map(predecessor_.begin(), index),
                boost::make_iterator_property_map(distance_.begin(), index), weight, index,
                std::less<>(), boost::closed_plus<double>(), 0.0,
                RecordingVisitor(viaEdge_, &touched_, &stop),
                boost::make_iterator_property_map(colour_.begin(), index));
        } catch (const StopSearch&) {
        }
        return found;
    }

    [[nodiscard]] double distance(std::size_t v) const { return distance_[v]; }
    // The edges from `v` back to a source.
    [[nodiscard]] std::vector<std::size_t> pathTo(std::size_t v) const {
        std::vector<std::size_t> path;
        const auto& edges = graph_.edges();
        for (std::size_t at = v; viaEdge_[at] != WeightedGraph::npos;) {
            const std::size_t e = viaEdge_[at];
            path.push_back(e);
            at = edges[e].from == at ? edges[e].to : edges[e].from;
        }
        return path;
    }

private:
    void reset() {
        for (const std::size_t v : touched_) {
            distance_[v] = std::numeric_limits<double>::infinity();
            predecessor_[v] = v;
            viaEdge_[v] = WeightedGraph::npos;
            colour_[v] = boost::white_color;
        }
        touched_.clear();
    }

    const WeightedGraph& graph_;
    std::vector<double> distance_;
    std::vector<std::size_t> predecessor_;
    std::vector<std::size_t> viaEdge_;
    std::vector<boost::default_color_type> colour_;
    std::vector<BglVertex> touched_;
};

}  // namespace gigamap::core::planning

// Steiner tree heuristic (Mehlhorn 1988, then key-path exchange) and its
// prize-collecting pruning under a budget. Shortest paths through BGL.
#include <boost/pending/disjoint_sets.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <queue>
#include <utility>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/planning/weighted_graph.h"
#include "weighted_graph_impl.h"

namespace gigamap::core::planning {
namespace {

constexpr std::size_t npos = WeightedGraph::npos;
constexpr char kCancelled[] = "planning cancelled; nothing was written";

void checkCancelled(Feedback* feedback) {
    if (feedback != nullptr && feedback->isCancelled()) {
        throw CancelledError(kCancelled);
    }
}

std::size_t otherEnd(const WeightedEdge& edge, std::size_t node) {
    return edge.from == node ? edge.to : edge.from;
}

// Kruskal over `candidates` (edge indices), cheapest first, ties by index.
std::vector<std::size_t> spanningForest(const std::vector<WeightedEdge>& edges,
                                        std::vector<std::size_t> candidates,
                                        std::size_t nodeCount) {
    std::sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
        return std::pair(edges[a].cost, a) < std::pair(edges[b].cost, b);
    });
    boost::disjoint_sets_with_storage<> sets(nodeCount);
    for (std::size_t v = 0; v < nodeCount; ++v) {
        sets.make_set(v);
    }
    std::vector<std::size_t> kept;
    for (const std::size_t e : candidates) {
        const auto a = sets.find_set(edges[e].from);
        const auto b = sets.find_set(edges[e].to);
        if (a != b) {
            sets.link(a, b);
            kept.push_back(e);
        }
    }
    return kept;
}

// A tree being improved: its edges, each node's incident tree edges.
class TreeState {
public:
    TreeState(const WeightedGraph& graph, const std::vector<std::size_t>& edges,
              std::span<const std::size_t> terminals)
        : graph_(graph),
          inTree_(graph.edges().size(), 0),
          incident_(graph.nodeCount()),
          terminal_(graph.nodeCount(), 0),
          mark_(graph.nodeCount(), 0) {
        for (const std::size_t t : terminals) {
            terminal_[t] = 1;
        }
        for (const std::size_t e : edges) {
            add(e);
        }
    }

    void add(std::size_t e) {
        inTree_[e] = 1;
        incident_[graph_.edges()[e].from].push_back(e);
        incident_[graph_.edges()[e].to].push_back(e);
    }
    void remove(std::size_t e) {
        inTree_[e] = 0;
        for (const std::size_t end : {graph_.edges()[e].from, graph_.edges()[e].to}) {
            auto& list = incident_[end];
            list.erase(std::find(list.begin(), list.end(), e));
        }
    }
    [[nodiscard]] std::size_t degree(std::size_t v) const { return incident_[v].size(); }
    [[nodiscard]] bool isTerminal(std::size_t v) const { return terminal_[v] != 0; }
    [[nodiscard]] bool isKey(std::size_t v) const { return isTerminal(v) || degree(v) >= 3; }
    [[nodiscard]] bool contains(std::size_t e) const { return inTree_[e] != 0; }
    [[nodiscard]] const std::vector<std::size_t>& incident(std::size_t v) const {
        return incident_[v];
    }

    // Removes the non-terminal leaves, repeatedly.
    void pruneLeaves() {
        std::vector<std::size_t> leaves;
        for (std::size_t v = 0; v < incident_.size(); ++v) {
            if (degree(v) == 1 && !isTerminal(v)) {
                leaves.push_back(v);
            }
        }
        while (!leaves.empty()) {
            const std::size_t v = leaves.back();
            leaves.pop_back();
            if (degree(v) != 1 || isTerminal(v)) {
                continue;
            }
            const std::size_t e = incident_[v].front();
            const std::size_t up = otherEnd(graph_.edges()[e], v);
            remove(e);
            if (degree(up) == 1 && !isTerminal(up)) {
                leaves.push_back(up);
            }
        }
    }

    // The nodes of the smaller of the two parts the tree falls into at `a`
    // and `b` (after a path between them was taken out), grown from both at
    // once so that the work is the smaller part's size. Marks them `stamp`.
    std::vector<std::size_t> smallerPart(std::size_t a, std::size_t b, std::uint64_t stamp) {
        std::vector<std::size_t> parts[2] = {{a}, {b}};
        std::size_t next[2] = {0, 0};
        mark_[a] = 2 * stamp;
        mark_[b] = 2 * stamp + 1;
        for (;;) {
            for (int side = 0; side < 2; ++side) {
                auto& part = parts[side];
                if (next[side] == part.size()) {
                    for (const std::size_t v : part) {
                        mark_[v] = 2 * stamp;
                    }
                    return part;
                }
                const std::size_t v = part[next[side]++];
                for (const std::size_t e : incident_[v]) {
                    const std::size_t w = otherEnd(graph_.edges()[e], v);
                    if (mark_[w] != 2 * stamp + static_cast<std::uint64_t>(side)) {
                        mark_[w] = 2 * stamp + static_cast<std::uint64_t>(side);
                        part.push_back(w);
                    }
                }
            }
        }
    }
    [[nodiscard]] bool marked(std::size_t v, std::uint64_t stamp) const {
        return mark_[v] == 2 * stamp;
    }

    [[nodiscard]] EdgeSet edgeSet() const {
        EdgeSet set;
        for (std::size_t e = 0; e < inTree_.size(); ++e) {
            if (inTree_[e] != 0) {
                set.edges.push_back(e);
                set.cost += graph_.edges()[e].cost;
            }
        }
        return set;
    }

private:
    const WeightedGraph& graph_;
    std::vector<char> inTree_;
    std::vector<std::vector<std::size_t>> incident_;
    std::vector<char> terminal_;
    std::vector<std::uint64_t> mark_;
};

struct KeyPath {
    std::size_t start = 0;
    std::size_t end = 0;
    std::vector<std::size_t> edges;
    double cost = 0.0;
};

std::vector<KeyPath> keyPaths(const WeightedGraph& graph, const TreeState& tree) {
    std::vector<KeyPath> paths;
    const auto& edges = graph.edges();
    for (std::size_t k = 0; k < graph.nodeCount(); ++k) {
        if (tree.degree(k) == 0 || !tree.isKey(k)) {
            continue;
        }
        for (const std::size_t first : tree.incident(k)) {
            KeyPath path{k, k, {}, 0.0};
            std::size_t at = k;
            std::size_t via = first;
            for (;;) {
                path.edges.push_back(via);
                path.cost += edges[via].cost;
                at = otherEnd(edges[via], at);
                if (tree.isKey(at)) {
                    break;
                }
                const auto& next = tree.incident(at);
                if (next.size() != 2) {
                    break;
                }
                via = next[0] == via ? next[1] : next[0];
            }
            path.end = at;
            // Each path once: from its end with the lower (node, edge).
            if (std::pair(k, first) < std::pair(at, path.edges.back())) {
                paths.push_back(std::move(path));
            }
        }
    }
    std::sort(paths.begin(), paths.end(), [](const KeyPath& a, const KeyPath& b) {
        return std::pair(-a.cost, a.edges.front()) < std::pair(-b.cost, b.edges.front());
    });
    return paths;
}

bool stillInTree(const KeyPath& path, const TreeState& tree, const WeightedGraph& graph) {
    std::size_t at = path.start;
    for (std::size_t i = 0; i < path.edges.size(); ++i) {
        const std::size_t e = path.edges[i];
        if (!tree.contains(e)) {
            return false;
        }
        at = otherEnd(graph.edges()[e], at);
        if (i + 1 < path.edges.size() && tree.isKey(at)) {
            return false;
        }
    }
    return tree.isKey(path.start) && tree.isKey(path.end);
}

// Replaces key paths by cheaper connections between the two parts they join
// until a whole pass finds none.
void improveKeyPaths(const WeightedGraph& graph, TreeState& tree, Feedback* feedback) {
    LocalSearch search(graph);
    std::uint64_t stamp = 1;
    for (bool improved = true; improved;) {
        improved = false;
        for (const KeyPath& path : keyPaths(graph, tree)) {
            checkCancelled(feedback);
            if (!stillInTree(path, tree, graph)) {
                continue;
            }
            for (const std::size_t e : path.edges) {
                tree.remove(e);
            }
            ++stamp;
            const auto part = tree.smallerPart(path.start, path.end, stamp);
            const double limit = path.cost - 1e-9 * std::max(1.0, path.cost);
            const std::size_t reached = search.run(part, limit, [&](BglVertex v) {
                return (tree.degree(v) > 0 || tree.isTerminal(v)) && !tree.marked(v, stamp);
            });
            const auto replacement =
                reached == npos ? std::vector<std::size_t>() : search.pathTo(reached);
            if (!replacement.empty() && search.distance(reached) < limit) {
                for (const std::size_t e : replacement) {
                    tree.add(e);
                }
                improved = true;
            } else {
                for (const std::size_t e : path.edges) {
                    tree.add(e);
                }
            }
        }
    }
}

}  // namespace

EdgeSet steinerTree(const WeightedGraph& graph, std::span<const std::size_t> terminals,
                    Feedback* feedback) {
    if (terminals.size() < 2) {
        return {};
    }
    const auto& edges = graph.edges();
    const std::size_t n = graph.nodeCount();
    const auto paths = graph.shortestPaths(terminals);
    checkCancelled(feedback);

    // Each node's nearest terminal (its Voronoi region), through the path tree.
    std::vector<std::size_t> owner(n, npos);
    for (std::size_t i = 0; i < terminals.size(); ++i) {
        owner[terminals[i]] = i;
    }
    std::vector<std::size_t> chain;
    for (std::size_t v = 0; v < n; ++v) {
        std::size_t at = v;
        while (owner[at] == npos && paths.viaEdge[at] != npos) {
            chain.push_back(at);
            at = otherEnd(edges[paths.viaEdge[at]], at);
        }
        for (const std::size_t c : chain) {
            owner[c] = owner[at];
        }
        chain.clear();
    }

    // The terminals' distance graph: for each pair of neighbouring regions the
    // cheapest edge between them, d(u) + c(u, v) + d(v).
    std::map<std::pair<std::size_t, std::size_t>, std::pair<double, std::size_t>> bridges;
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const std::size_t a = owner[edges[e].from];
        const std::size_t b = owner[edges[e].to];
        if (a == npos || b == npos || a == b) {
            continue;
        }
        const double length =
            paths.distance[edges[e].from] + edges[e].cost + paths.distance[edges[e].to];
        const auto key = std::minmax(a, b);
        const auto [it, inserted] = bridges.try_emplace({key.first, key.second}, length, e);
        if (!inserted && length < it->second.first) {
            it->second = {length, e};
        }
    }
    std::vector<WeightedEdge> distanceEdges;
    std::vector<std::size_t> bridgeEdge;
    for (const auto& [pair, best] : bridges) {
        distanceEdges.push_back({pair.first, pair.second, best.first});
        bridgeEdge.push_back(best.second);
    }
    std::vector<std::size_t> all(distanceEdges.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = i;
    }
    checkCancelled(feedback);

    // Expanded into the graph's paths, spanned again, pruned.
    std::vector<char> chosen(edges.size(), 0);
    std::vector<std::size_t> expanded;
    const auto take = [&](std::size_t e) {
        if (chosen[e] == 0) {
            chosen[e] = 1;
            expanded.push_back(e);
        }
    };
    for (const std::size_t d : spanningForest(distanceEdges, all, terminals.size())) {
        const std::size_t e = bridgeEdge[d];
        take(e);
        for (const std::size_t end : {edges[e].from, edges[e].to}) {
            for (const std::size_t step : graph.pathTo(paths, end)) {
                take(step);
            }
        }
    }
    TreeState tree(graph, spanningForest(edges, expanded, n), terminals);
    tree.pruneLeaves();
    checkCancelled(feedback);
    improveKeyPaths(graph, tree, feedback);
    return tree.edgeSet();
}

EdgeSet pruneToBudget(const WeightedGraph& graph, const EdgeSet& tree, std::size_t root,
                      std::span<const double> prize, double budget) {
    const auto& edges = graph.edges();
    const std::size_t n = graph.nodeCount();
    if (tree.cost <= budget) {
        return tree;
    }
    // Root the tree: each node's parent edge and its number of children.
    std::vector<std::vector<std::size_t>> incident(n);
    for (const std::size_t e : tree.edges) {
        incident[edges[e].from].push_back(e);
        incident[edges[e].to].push_back(e);
    }
    std::vector<std::size_t> parentEdge(n, npos);
    std::vector<std::size_t> children(n, 0);
    std::vector<char> inTree(n, 0);
    std::vector<std::size_t> queue{root};
    inTree[root] = 1;
    for (std::size_t i = 0; i < queue.size(); ++i) {
        const std::size_t v = queue[i];
        for (const std::size_t e : incident[v]) {
            const std::size_t w = otherEnd(edges[e], v);
            if (inTree[w] == 0) {
                inTree[w] = 1;
                parentEdge[w] = e;
                ++children[v];
                queue.push_back(w);
            }
        }
    }
    std::vector<char> keep(edges.size(), 0);
    double cost = 0.0;
    for (const std::size_t e : tree.edges) {
        if (inTree[edges[e].from] != 0 && inTree[edges[e].to] != 0) {
            keep[e] = 1;
            cost += edges[e].cost;
        }
    }
    const auto parentOf = [&](std::size_t v) { return otherEnd(edges[parentEdge[v]], v); };
    const auto branchTop = [&](std::size_t leaf, double& branchCost) {
        branchCost = 0.0;
        std::size_t at = leaf;
        for (;;) {
            branchCost += edges[parentEdge[at]].cost;
            at = parentOf(at);
            if (at == root || prize[at] > 0.0 || children[at] != 1) {
                return at;
            }
        }
    };
    const auto ratioOf = [&](std::size_t leaf) {
        double branchCost = 0.0;
        (void)branchTop(leaf, branchCost);
        return branchCost > 0.0 ? prize[leaf] / branchCost : std::numeric_limits<double>::max();
    };
    using Entry = std::pair<double, std::size_t>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
    for (const std::size_t v : queue) {
        if (v != root && children[v] == 0) {
            heap.emplace(ratioOf(v), v);
        }
    }
    while (cost > budget && !heap.empty()) {
        const auto [ratio, leaf] = heap.top();
        heap.pop();
        if (inTree[leaf] == 0 || children[leaf] != 0 || ratioOf(leaf) != ratio) {
            continue;  // gone, or an entry made stale by a longer branch
        }
        double branchCost = 0.0;
        const std::size_t top = branchTop(leaf, branchCost);
        for (std::size_t at = leaf; at != top;) {
            keep[parentEdge[at]] = 0;
            inTree[at] = 0;
            at = parentOf(at);
        }
        cost -= branchCost;
        --children[top];
        if (top == root) {
            continue;
        }
        if (children[top] == 0) {
            heap.emplace(ratioOf(top), top);
        } else if (children[top] == 1 && prize[top] <= 0.0) {
            // The remaining branch below `top` now reaches further up.
            std::size_t down = top;
            while (children[down] == 1) {
                for (const std::size_t e : incident[down]) {
                    const std::size_t w = otherEnd(edges[e], down);
                    if (inTree[w] != 0 && parentEdge[w] == e) {
                        down = w;
                        break;
                    }
                }
                if (prize[down] > 0.0 && children[down] != 0) {
                    break;
                }
            }
            if (children[down] == 0) {
                heap.emplace(ratioOf(down), down);
            }
        }
    }
    EdgeSet pruned;
    for (const std::size_t e : tree.edges) {
        if (keep[e] != 0) {
            pruned.edges.push_back(e);
            pruned.cost += edges[e].cost;
        }
    }
    return pruned;
}

}  // namespace gigamap::core::planning

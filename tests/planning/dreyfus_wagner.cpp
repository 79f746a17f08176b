#include "dreyfus_wagner.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <vector>

namespace gigamap::core::planning {

double exactSteinerCost(const WeightedGraph& graph, std::span<const std::size_t> terminals) {
    const std::size_t k = terminals.size();
    if (k > 16) {
        throw std::invalid_argument("Dreyfus-Wagner: at most 16 terminals");
    }
    if (k < 2) {
        return 0.0;
    }
    const std::size_t n = graph.nodeCount();
    constexpr double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> distance(n);
    for (std::size_t v = 0; v < n; ++v) {
        const std::size_t source[] = {v};
        distance[v] = graph.shortestPaths(source).distance;
    }
    const std::size_t full = (std::size_t{1} << k) - 1;
    std::vector<std::vector<double>> best(full + 1, std::vector<double>(n, inf));
    for (std::size_t i = 0; i < k; ++i) {
        best[std::size_t{1} << i] = distance[terminals[i]];
    }
    std::vector<double> joined(n);
    for (std::size_t set = 1; set <= full; ++set) {
        if ((set & (set - 1)) == 0) {
            continue;
        }
        // Split at some node u into two non-empty subsets (each split once).
        std::fill(joined.begin(), joined.end(), inf);
        for (std::size_t sub = (set - 1) & set; sub > 0; sub = (sub - 1) & set) {
            if (sub < (set ^ sub)) {
                continue;
            }
            const auto& a = best[sub];
            const auto& b = best[set ^ sub];
            for (std::size_t u = 0; u < n; ++u) {
                joined[u] = std::min(joined[u], a[u] + b[u]);
            }
        }
        for (std::size_t v = 0; v < n; ++v) {
            double low = inf;
            for (std::size_t u = 0; u < n; ++u) {
                low = std::min(low, distance[v][u] + joined[u]);
            }
            best[set][v] = low;
        }
    }
    return best[full][terminals[0]];
}

}  // namespace gigamap::core::planning

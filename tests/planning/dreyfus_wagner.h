#pragma once

#include <span>

#include "gigamap/core/planning/weighted_graph.h"

namespace gigamap::core::planning {

// The exact minimum Steiner tree cost by Dreyfus and Wagner's dynamic
// programme (O(3^k n + 2^k n^2)): the truth the heuristic is tested against.
// Terminals at most 16.
[[nodiscard]] double exactSteinerCost(const WeightedGraph& graph,
                                      std::span<const std::size_t> terminals);

}  // namespace gigamap::core::planning

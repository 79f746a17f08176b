#pragma once

#include <filesystem>
#include <vector>

#include "deterministic_random.h"
#include "network_generator.h"
#include "road_network.h"

namespace gigamap::sample {

// Writes a year (2026) of synthetic street works and Section 58 restrictions on
// the sample's roads as DfT Street Manager event notifications, one JSON object
// per line: permits submitted, granted, started and stopped, some cancelled;
// some works placed on purpose beside planned ducts during their windows (One
// Dig opportunities) and some close to each other at once (conflicts).
void writeStreetManagerEvents(const std::vector<Road>& roads, const NetworkGenerator& network,
                              DeterministicRandom& random, const std::filesystem::path& file);

}  // namespace gigamap::sample

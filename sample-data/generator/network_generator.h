#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "deterministic_random.h"
#include "road_network.h"

namespace gigamap::sample {

// A planned duct, which the street works generator digs near on purpose.
struct PlannedDuct {
    const Road* road = nullptr;
    std::string ref;
    std::string start;  // YYYY-MM-DD
    std::string end;
};

// Writes the synthetic fibre network of the sample: an existing duct network
// along the main roads radiating from an exchange near Dalton Square, a planned
// extension to the Canal Quarter towards the new digital exchange, chambers at
// duct ends, cabinets, and a Wi-Fi corridor from the railway station to Dalton
// Square. Files: nodes, chambers, ducts and hotspots .geojson in `folder`.
class NetworkGenerator {
public:
    NetworkGenerator(const std::vector<Road>& roads, DeterministicRandom& random);

    void write(const std::filesystem::path& folder);
    [[nodiscard]] const std::vector<PlannedDuct>& plannedDucts() const { return planned_; }
    [[nodiscard]] const std::vector<const Road*>& networkRoads() const { return existing_; }

private:
    const std::vector<Road>& roads_;
    DeterministicRandom& random_;
    std::vector<const Road*> existing_;
    std::vector<PlannedDuct> planned_;
};

}  // namespace gigamap::sample

#pragma once

#include <filesystem>

#include "deterministic_random.h"

namespace gigamap::core {
class Project;
}

namespace gigamap::sample {

// Writes an Ofcom Connected Nations postcode-level fixed coverage CSV (the
// 2023 layout: the local-authority header with laua,laua_name replaced by
// postcode,postcode_space,postcode area) for every postcode of the project,
// with synthetic figures: gigabit and full fibre high in the city centre and
// falling away with distance, below-USO premises only in the rural wards.
void writeOfcomPostcodeCsv(core::Project& project, DeterministicRandom& random,
                           const std::filesystem::path& file);

}  // namespace gigamap::sample

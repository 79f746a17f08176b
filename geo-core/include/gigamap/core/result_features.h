#pragma once

#include <vector>

#include "gigamap/core/feature.h"
#include "gigamap/core/layer_schema.h"

namespace gigamap::core {

class Project;
struct AreaGapsResult;
struct OneDigResult;
struct OneDigOptions;

// An analysis's result as features: what a map draws as a result layer and a
// vector file holds when it is exported. Fids count from 1.
struct ResultFeatures {
    LayerSchema schema;
    std::vector<Feature> features;
};

// The gap polygon as one feature per part, the largest first: `part` (its
// rank, 1 the largest) and `area_m2`.
[[nodiscard]] ResultFeatures gapFeatures(const AreaGapsResult& result);

// One Dig's pairs, in the order of the result's tables: opportunities, then
// conflicts, then blocked digs. `kind` (opportunity, conflict, blocked), `a`
// and `b` (work references or duct ref; b empty for a blocked dig),
// `distance_m`, `start` and `end` (the overlap, or the restriction), `usrn`.
// Geometry shows where to act: an opportunity's stretch of duct within the
// distance of the work (the trench to share), the shortest line between two
// conflicting works, a blocked duct.
[[nodiscard]] ResultFeatures oneDigFeatures(Project& project, const OneDigResult& result,
                                            const OneDigOptions& options);

}  // namespace gigamap::core

#pragma once

#include <string>

#include "analysis/analysis_outcome.h"
#include "gigamap/core/area_gaps.h"
#include "gigamap/core/nearest_duct.h"
#include "gigamap/core/one_dig.h"

namespace gigamap::desktop {

// The analyses as the desktop runs them: geo-core's analysis, then its tables
// (the very ones gigamap-cli writes), the links from rows to the map, the
// result layer's features and a summary a planner reads.
[[nodiscard]] AnalysisJob coverageJob(const std::string& boundaryKind);
[[nodiscard]] AnalysisJob gapsJob(const core::AreaGapsOptions& options);
[[nodiscard]] AnalysisJob nearestDuctJob(const core::NearestDuctOptions& options);
[[nodiscard]] AnalysisJob oneDigJob(const core::OneDigOptions& options);

}  // namespace gigamap::desktop

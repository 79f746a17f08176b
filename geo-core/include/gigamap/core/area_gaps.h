#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "gigamap/core/feature.h"

namespace gigamap::core {

class Feedback;
class Project;

struct AreaGapsOptions {
    // The district: the code of a boundary of kind district. Empty: the one
    // district of the project (an error when there are several).
    std::string district;
    bool hotspots = true;  // every hotspot's circle counts as covered
    bool mobile = true;    // mobile coverage polygons count as covered...
    // ...those whose fields equal all of these (e.g. technology=4G); values
    // are bound, never SQL.
    std::map<std::string, std::string> mobileWhere;
    // The overlay's grid: tiles across the district (0: chosen from the number
    // of covering polygons; 1: one overlay of the whole district).
    int tilesAcross = 0;
};

struct AreaGapsResult {
    std::string districtCode;
    std::string districtName;
    double districtArea = 0.0;       // m²
    double coveredArea = 0.0;        // m²: district area minus gap area
    double gapArea = 0.0;            // m²
    Wkb gap;                         // MULTIPOLYGON in the project CRS (empty when fully covered)
    std::size_t hotspots = 0;        // hotspot circles that reach the district
    std::size_t mobilePolygons = 0;  // mobile coverage polygons that reach it
};

// Area gap (docs/design.md, Area gap): the district polygon minus the union of
// hotspot footprints and the chosen mobile coverage polygons. A footprint is
// the hotspot's circle of radius_m as the regular 32-gon of GEOS and PostGIS
// buffers with 8 segments per quarter circle (hotspots without a positive
// radius cover nothing). Many covering polygons are overlaid in tiles: the
// district and the polygons clipped to a grid, each tile's union and
// difference on all cores (one GEOS context per thread), the gap's area summed
// over the tiles and its polygon assembled once.
class AreaGaps {
public:
    explicit AreaGaps(Project& project) : project_(project) {}

    // Throws AnalysisError when there is no such district (or several and no
    // code), or a filter names a field mobile_coverage does not have;
    // CancelledError when `feedback` is cancelled.
    [[nodiscard]] AreaGapsResult run(const AreaGapsOptions& options, Feedback* feedback = nullptr);

private:
    Project& project_;
};

}  // namespace gigamap::core

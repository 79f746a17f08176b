#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gigamap::core {

class Feedback;
class Project;

struct NearestDuctOptions {
    std::string metric = "gigabit_pct";  // a percentage field of postcodes
    double below = 100.0;                // postcodes whose metric is below this are underserved
    std::string status = "existing";     // the ducts to measure to
};

struct NearestDuctRow {
    std::string postcode;
    double distance = 0.0;  // metres, in the project CRS
    std::string ductRef;
};

struct NearestDuctResult {
    std::vector<NearestDuctRow> rows;  // sorted by postcode
    double sum = 0.0;
    double mean = 0.0;
    double max = 0.0;
};

// Nearest duct (docs/design.md, Nearest duct): for every postcode whose metric is
// below the threshold (NULL metrics and postcodes without a position are left
// out, as SQL would), the straight-line distance to the nearest duct of the
// status, and that duct's ref; on equal distances the lowest duct fid.
// GEOS's STRtree nearest-neighbour search finds the distance, and a box query
// of that radius settles ties exactly.
class NearestDuct {
public:
    explicit NearestDuct(Project& project) : project_(project) {}

    // Throws AnalysisError for a metric that is not a percentage field of
    // postcodes or when there is no duct of the status.
    [[nodiscard]] NearestDuctResult run(const NearestDuctOptions& options,
                                        Feedback* feedback = nullptr);

private:
    Project& project_;
};

}  // namespace gigamap::core

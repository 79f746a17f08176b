#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gigamap::core {

class Feedback;
class Project;

// One boundary's line of the coverage table (or the unassigned postcodes').
struct CoverageRow {
    std::string code;  // empty for the unassigned line
    std::string name;
    std::int64_t postcodes = 0;
    std::int64_t premises = 0;
    double premisesLackingGigabit = 0.0;
    double premisesLackingSfbb = 0.0;
    double premisesLackingFullFibre = 0.0;
    double premisesBelowUso = 0.0;
};

struct PostcodeAssignment {
    std::string postcode;
    std::string code;  // empty when no boundary holds it
};

struct CoverageResult {
    std::vector<CoverageRow> boundaries;  // sorted by code
    CoverageRow unassigned;
    std::vector<PostcodeAssignment> assignments;  // sorted by postcode
};

// Coverage by area (docs/design.md, Coverage by area): each postcode goes to the boundary
// of the chosen kind whose closed polygon contains it (interior or boundary,
// as ST_Intersects); on a border shared by several, the lowest fid wins; in
// none, it is unassigned. Per boundary: postcodes, premises, and premises
// lacking gigabit, SFBB and full fibre, and below the USO
// (all_premises * (1 - pct/100), or * pct/100 for USO; as in SQL, a row with a
// NULL figure adds nothing to that sum). Boundaries are found through an
// STRtree and tested as prepared geometries, in fid order.
class CoverageByArea {
public:
    explicit CoverageByArea(Project& project) : project_(project) {}

    // Throws AnalysisError when the project has no boundary of `kind`, and
    // CancelledError when `feedback` is cancelled.
    [[nodiscard]] CoverageResult run(const std::string& kind, Feedback* feedback = nullptr);

private:
    Project& project_;
};

}  // namespace gigamap::core

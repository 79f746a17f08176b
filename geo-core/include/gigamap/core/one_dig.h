#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/day_range.h"

namespace gigamap::core {

class Feedback;
class Geometry;
class GeosContext;
class Project;

struct OneDigOptions {
    double distance = 10.0;  // metres, inclusive
};

// A street work near a planned duct at the same time: dig once.
struct DigOpportunity {
    std::string workReference;
    std::string ductRef;
    double distance = 0.0;
    DayRange overlap;
    std::optional<std::int64_t> usrn;  // the work's street
    std::string promoter;
};

// Two street works near each other at the same time (NRSWA s59 coordination);
// a is the work with the lower fid.
struct WorksConflict {
    std::string workReferenceA;
    std::string workReferenceB;
    double distance = 0.0;
    DayRange overlap;
    std::optional<std::int64_t> usrnA;
    std::optional<std::int64_t> usrnB;
};

// A planned duct crossing a street under a Section 58 restriction during its
// planned window.
struct BlockedDig {
    std::string ductRef;
    std::optional<std::int64_t> usrn;  // the restriction's street
    DayRange restriction;
    double length = 0.0;  // metres of duct inside the restriction (see OneDig)
};

struct OneDigResult {
    std::vector<DigOpportunity> opportunities;  // by work reference, then duct ref
    std::vector<WorksConflict> conflicts;       // by work reference a, then b
    std::vector<BlockedDig> blocked;            // by duct ref, usrn, dates
    std::size_t works = 0;                      // active works with dates
    std::size_t plannedDucts = 0;               // planned or proposed, with a window
    std::size_t restrictions = 0;               // s58 and s58a with dates
};

// One Dig (docs/design.md, One Dig).
// - Street works: those not marked inactive (cancelled, revoked or refused
//   permits have is_active = 0) with a start and end date.
// - Planned ducts: status planned or proposed, with planned_start and
//   planned_end.
// - Restrictions: kind s58 or s58a (a proposed_s58 does not block), with dates.
// Opportunities are (work, planned duct) pairs within the distance (exact, see
// distanceWithin) whose date ranges overlap (both ends included); conflicts
// are pairs of distinct works likewise; a duct is blocked by a restriction it
// intersects whose dates overlap its planned window. A blocked dig's length is
// the length of duct inside the restriction's area for a polygonal
// restriction, and the whole duct's length for a line or point one (a street
// centreline has no area to measure within). Dates that are missing, not
// dates, or end before they start overlap nothing.
// Candidates come from GEOS STRtrees; dates are compared before any geometry;
// the pairs are tested on all cores, one GEOS context per thread.
class OneDig {
public:
    explicit OneDig(Project& project) : project_(project) {}

    // Throws AnalysisError for a negative distance and CancelledError when
    // `feedback` is cancelled.
    [[nodiscard]] OneDigResult run(const OneDigOptions& options, Feedback* feedback = nullptr);

private:
    Project& project_;
};

// The stretch of a planned duct within `distance` of a street work: the
// trench a dig-once opportunity would share (GEOS buffer with 8 segments per
// quarter circle, so a length near the edge is approximate).
[[nodiscard]] Geometry sharedTrench(const GeosContext& context, const Geometry& duct,
                                    const Geometry& work, double distance);

}  // namespace gigamap::core

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gigamap/core/day_range.h"
#include "gigamap/core/notice_period.h"

namespace gigamap::core {

class Feedback;
class Geometry;
class GeosContext;
class Project;

struct OneDigOptions {
    double distance = 10.0;    // metres, inclusive
    int gapDays = 90;          // near misses: the later starts at most this many days after
    std::optional<int> today;  // opportunities whose join-by day is before it are missed
};

// A street work near a planned duct at the same time: dig once.
struct DigOpportunity {
    std::string workReference;
    std::string ductRef;
    double distance = 0.0;
    DayRange overlap;
    std::optional<std::int64_t> usrn;  // the work's street
    std::string promoter;
    WorkCategory category = WorkCategory::Standard;  // the duct's
    // The last day the duct's permit (or, for major works, its PAA) can be
    // applied for and still dig on the overlap's first day (applyBy), and
    // whether that day is before OneDigOptions::today.
    int joinBy = 0;
    bool missed = false;
};

// Two digs at the same place by different promoters, one soon after the
// other without overlapping: the street dug twice within the gap, which
// coordination could have made one dig. a is a street work; b another work
// (a has the lower fid) or a planned duct (promoter: the duct's owner).
struct NearMiss {
    std::string referenceA;
    std::string referenceB;
    bool bIsDuct = false;
    std::string promoterA;
    std::string promoterB;
    double distance = 0.0;
    DayRange daysA;
    DayRange daysB;
    int daysApart = 0;  // the later one's start minus the earlier one's end (1: the next day)
    std::optional<std::int64_t> usrn;  // a's street
};

// Near misses per pair of promoters (the pair in alphabetical order).
struct PromoterPairCount {
    std::string promoterA;
    std::string promoterB;
    std::size_t nearMisses = 0;
};

// An in-force or proposed Section 58 restriction: the planned and proposed
// ducts it meets must be dug before it starts or wait until it ends, and the
// premises lacking gigabit near it are what waiting would cost.
struct LastChance {
    std::string reference;
    std::string kind;    // s58, s58a or proposed_s58
    std::string status;  // proposed, in_force (NULL in the project reads in_force)
    std::optional<std::int64_t> usrn;
    std::string streetName;
    DayRange days;
    std::vector<std::string> ducts;  // refs, sorted
    std::size_t postcodes = 0;       // postcodes lacking gigabit within the distance
    double premisesLackingGigabit = 0.0;
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
    std::vector<DigOpportunity> opportunities;  // by join-by day, work reference, duct ref
    std::vector<WorksConflict> conflicts;       // by work reference a, then b
    std::vector<BlockedDig> blocked;            // by duct ref, usrn, dates
    std::vector<NearMiss> nearMisses;           // by reference a, then b
    std::vector<PromoterPairCount> nearMissesByPromoters;  // most first, then by names
    std::vector<LastChance> lastChances;                   // by start day, then reference
    std::size_t works = 0;                                 // active works with dates
    std::size_t plannedDucts = 0;                          // planned or proposed, with a window
    std::size_t restrictions = 0;                          // blocking s58 and s58a with dates
    int gapDays = 0;
};

// One Dig (docs/design.md, One Dig).
// - Street works: those not marked inactive (cancelled, revoked or refused
//   permits have is_active = 0) with a start and end date.
// - Planned ducts: status planned or proposed, with planned_start and
//   planned_end.
// - Restrictions: kind s58 or s58a (a proposed_s58 does not block), with
//   dates, whose status is not closed or cancelled.
// Opportunities are (work, planned duct) pairs within the distance (exact, see
// distanceWithin) whose date ranges overlap (both ends included); conflicts
// are pairs of distinct works likewise; a duct is blocked by a restriction it
// intersects whose dates overlap its planned window. A blocked dig's length is
// the length of duct inside the restriction's area for a polygonal
// restriction, and the whole duct's length for a line or point one (a street
// centreline has no area to measure within). Dates that are missing, not
// dates, or end before they start overlap nothing.
// Opportunities carry the day to apply by for the duct's work category
// (applyBy, England and Wales working days). Near misses are pairs of works,
// or a work and a planned duct, by different promoters (compared ignoring
// case; two unknown promoters are not different), within the distance, whose
// dates do not overlap and the later starts at most gapDays after the earlier
// ends. Last chances list every s58, s58a and proposed_s58 restriction not
// closed or cancelled with the planned ducts that meet it (distance 0) and
// the postcodes lacking gigabit within the distance (premises times the share
// without gigabit; postcodes without figures count nothing).
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

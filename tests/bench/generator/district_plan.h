#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "bench_scale.h"
#include "centimetre_point.h"
#include "deterministic_random.h"
#include "ward_lattice.h"

namespace gigamap::bench {

struct Street {
    std::int64_t usrn = 0;
    std::string name;
    std::vector<CentimetrePoint> points;
    bool busy = false;  // the streets most works (and every planned duct) are on
};

struct DuctPlan {
    std::string ref;
    std::string status;  // existing, abandoned, planned, proposed
    std::size_t street = 0;
    std::size_t firstPoint = 0;  // the duct runs along street points [first, first + count)
    std::vector<CentimetrePoint> points;
    std::optional<int> plannedStart;  // day of 2026 (may run into 2027)
    std::optional<int> plannedEnd;

    [[nodiscard]] bool isPlanned() const { return plannedStart.has_value(); }
};

// What every layer of one district is built around, derived from the district's
// index alone: its place in the national grid, a few towns, a street network
// and the duct network along it. Each layer's writer rebuilds the plan, so the
// layers can be written one after another without holding the country in memory.
class DistrictPlan {
public:
    DistrictPlan(const BenchScale& scale, const WardLattice& lattice, int index);

    [[nodiscard]] int index() const { return index_; }
    [[nodiscard]] int column() const { return column_; }
    [[nodiscard]] int row() const { return row_; }
    [[nodiscard]] std::string code() const;
    [[nodiscard]] std::string name() const;
    [[nodiscard]] const std::vector<CentimetrePoint>& towns() const { return towns_; }
    [[nodiscard]] const std::vector<Street>& streets() const { return streets_; }
    [[nodiscard]] const std::vector<DuctPlan>& ducts() const { return ducts_; }
    [[nodiscard]] std::vector<const DuctPlan*> plannedDucts() const;

    // A point near `centre` (normal spread `sigma` metres), kept inside the
    // district's safe interior (clear of its jittered border).
    [[nodiscard]] CentimetrePoint near(const CentimetrePoint& centre, double sigma,
                                       sample::DeterministicRandom& random) const;
    [[nodiscard]] CentimetrePoint clamp(CentimetrePoint point) const;

    // A seed for one layer of this district.
    [[nodiscard]] std::uint32_t seed(std::uint32_t layer) const;

private:
    void buildStreets(sample::DeterministicRandom& random);
    void buildDucts(sample::DeterministicRandom& random);

    const BenchScale& scale_;
    int index_;
    int column_;
    int row_;
    CentimetrePoint low_;  // the safe interior: the nominal square less the border jitter
    CentimetrePoint high_;
    std::vector<CentimetrePoint> towns_;
    std::vector<Street> streets_;
    std::vector<DuctPlan> ducts_;
};

// Normally distributed, mean 0, standard deviation 1 (Box-Muller).
[[nodiscard]] double gaussian(sample::DeterministicRandom& random);

// ISO date of a day counted from 1 January 2026 (negative days are in 2025 or before).
[[nodiscard]] std::string isoDay(int day);

}  // namespace gigamap::bench

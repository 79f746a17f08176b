#pragma once

#include "bench_scale.h"
#include "district_plan.h"
#include "district_wards.h"
#include "ward_lattice.h"

namespace gigamap::core {
class FeatureTable;
}

namespace gigamap::bench {

// Writes one district's features into a layer of the project. Each layer has
// its own random sequence per district, so that layers are independent.
class DistrictLayers {
public:
    DistrictLayers(const BenchScale& scale, const WardLattice& lattice, const DistrictPlan& plan)
        : scale_(scale), lattice_(lattice), plan_(plan) {}

    // Ofcom-style postcodes: most along the streets and around the towns, 2 %
    // exactly on ward borders (at vertices shared by two, three or four wards,
    // or on an edge where a centimetre point lies on it), and 3 outside every ward.
    void writePostcodes(core::FeatureTable& table) const;
    void writeDucts(core::FeatureTable& table) const;
    // A year of works along the streets (points, short lines, a few polygons),
    // plus planted cases next to planned ducts: exactly 10 m (in), 10.008 m
    // (out), dates touching on one day (in) and on adjacent days (out).
    void writeStreetWorks(core::FeatureTable& table) const;
    // Section 58 restrictions (polygons around a stretch of street, or the
    // street line), half of them over planned ducts; one ends the day before a
    // planned window (not blocked), one on its first day (blocked).
    void writeRestrictions(core::FeatureTable& table) const;
    void writeHotspots(core::FeatureTable& table) const;
    // The street network as the `roads` layer (busy streets tertiary, the
    // rest residential) and an exchange at every town (`nodes`): what the
    // build planner plans on.
    void writeRoads(core::FeatureTable& table) const;
    void writeExchanges(core::FeatureTable& table) const;
    void writeMobileCoverage(core::FeatureTable& table) const;

private:
    [[nodiscard]] CentimetrePoint borderPoint(const DistrictWards& wards,
                                              sample::DeterministicRandom& random) const;

    const BenchScale& scale_;
    const WardLattice& lattice_;
    const DistrictPlan& plan_;
};

// Every district (kind district) and ward (kind ward) of the scale; wards are
// written in a shuffled order, so that the lowest fid on a shared border is not
// simply the one further south-west.
void writeBoundaries(const BenchScale& scale, const WardLattice& lattice,
                     core::FeatureTable& table);

}  // namespace gigamap::bench

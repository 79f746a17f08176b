#pragma once

#include <vector>

#include "bench_scale.h"
#include "centimetre_point.h"
#include "ward_lattice.h"

namespace gigamap::bench {

struct WardShape {
    int number = 0;                     // within the district, from 0
    std::vector<CentimetrePoint> ring;  // closed, counter-clockwise
};

// The wards of one district: its block of lattice cells, one ward per cell,
// except that one pair of neighbouring cells is merged into one ward and one
// other cell is split in two by a straight line between wiggle points of its
// bottom and top edges. So the district keeps wardsAcross² wards, and its
// borders have vertices shared by two, three (T-junctions) and four wards.
class DistrictWards {
public:
    DistrictWards(const BenchScale& scale, const WardLattice& lattice, int district);

    [[nodiscard]] const std::vector<WardShape>& wards() const { return wards_; }
    // The T-junctions: vertices where three wards meet (two at the grid's edge).
    [[nodiscard]] const std::vector<CentimetrePoint>& junctions() const { return junctions_; }

private:
    std::vector<WardShape> wards_;
    std::vector<CentimetrePoint> junctions_;
};

}  // namespace gigamap::bench

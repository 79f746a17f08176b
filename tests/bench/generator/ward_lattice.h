#pragma once

#include <cstdint>
#include <vector>

#include "centimetre_point.h"

namespace gigamap::bench {

// The national lattice that every ward and district border is cut from: the
// corners of a square grid, each moved by a deterministic jitter, and between
// neighbouring corners a few wiggle points. A ward is one cell, a district a
// block of cells; neighbours walk the same lattice points, so shared borders
// are exactly shared coordinates (vertices shared by two and by four wards).
// Every point depends only on its lattice index, never on generation order.
class WardLattice {
public:
    WardLattice(CentimetrePoint origin, std::int64_t cellCentimetres, std::uint64_t seed);

    [[nodiscard]] std::int64_t cell() const { return cell_; }
    // Lattice point (i, j) before and after its jitter.
    [[nodiscard]] CentimetrePoint nominal(int i, int j) const {
        return {origin_.x + i * cell_, origin_.y + j * cell_};
    }
    [[nodiscard]] CentimetrePoint corner(int i, int j) const;
    // The points strictly between corner(i, j) and corner(i + 1, j) (horizontal)
    // or corner(i, j + 1) (vertical), in that direction.
    [[nodiscard]] std::vector<CentimetrePoint> edgeInterior(int i, int j, bool vertical) const;
    // The closed counter-clockwise ring around cells [i0, i1) x [j0, j1).
    [[nodiscard]] std::vector<CentimetrePoint> ring(int i0, int j0, int i1, int j1) const;

private:
    [[nodiscard]] double unit(int i, int j, int salt) const;  // in [0, 1)

    CentimetrePoint origin_;
    std::int64_t cell_;
    std::uint64_t seed_;
};

// A deterministic 64-bit mix (SplitMix64's finaliser).
[[nodiscard]] std::uint64_t mix(std::uint64_t value);

}  // namespace gigamap::bench

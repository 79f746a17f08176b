#include "district_wards.h"

namespace gigamap::bench {

DistrictWards::DistrictWards(const BenchScale& scale, const WardLattice& lattice, int district) {
    const int n = scale.wardsAcross;
    const int i0 = (district % scale.columns) * n;
    const int j0 = (district / scale.columns) * n;
    const auto pick = [&](std::uint64_t salt, int count) {
        return static_cast<int>(mix(static_cast<std::uint64_t>(district) * 7919 + salt) %
                                static_cast<std::uint64_t>(count));
    };
    // Cells (mx, my) and (mx + 1, my) are one ward; cell (sx, sy) is two.
    const int mx = pick(1, n - 1);
    const int my = pick(2, n);
    int sx = pick(3, n);
    const int sy = pick(4, n);
    if (sy == my && (sx == mx || sx == mx + 1)) {
        sx = (mx + 2) % n;
    }
    junctions_.push_back(lattice.corner(i0 + mx + 1, j0 + my));
    junctions_.push_back(lattice.corner(i0 + mx + 1, j0 + my + 1));

    int number = 0;
    for (int cy = 0; cy < n; ++cy) {
        for (int cx = 0; cx < n; ++cx) {
            const int i = i0 + cx;
            const int j = j0 + cy;
            if (cy == my && cx == mx) {
                wards_.push_back({number++, lattice.ring(i, j, i + 2, j + 1)});
            } else if (cy == my && cx == mx + 1) {
                continue;  // merged into its western neighbour
            } else if (cy == sy && cx == sx) {
                const auto bottom = lattice.edgeInterior(i, j, false);  // west to east
                const auto top = lattice.edgeInterior(i, j + 1, false);
                const CentimetrePoint b = bottom.front();
                const CentimetrePoint t = top.front();
                std::vector<CentimetrePoint> west{lattice.corner(i, j), b, t};
                const auto left = lattice.edgeInterior(i, j, true);  // south to north
                west.push_back(lattice.corner(i, j + 1));
                west.insert(west.end(), left.rbegin(), left.rend());
                west.push_back(west.front());
                std::vector<CentimetrePoint> east(bottom.begin(), bottom.end());
                east.push_back(lattice.corner(i + 1, j));
                const auto right = lattice.edgeInterior(i + 1, j, true);
                east.insert(east.end(), right.begin(), right.end());
                east.push_back(lattice.corner(i + 1, j + 1));
                east.insert(east.end(), top.rbegin(), top.rend());  // back to t, then down to b
                east.push_back(east.front());
                wards_.push_back({number++, std::move(west)});
                wards_.push_back({number++, std::move(east)});
                junctions_.push_back(b);
                junctions_.push_back(t);
            } else {
                wards_.push_back({number++, lattice.ring(i, j, i + 1, j + 1)});
            }
        }
    }
}

}  // namespace gigamap::bench

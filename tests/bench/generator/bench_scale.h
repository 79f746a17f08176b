#pragma once

#include <string>
#include <string_view>

namespace gigamap::bench {

// How much to generate. Districts are squares laid side by side in a grid of
// `columns` x `rows`, each tiled by wardsAcross x wardsAcross wards; the counts
// below are per district.
struct BenchScale {
    std::string name;
    int columns = 1;
    int rows = 1;
    int wardsAcross = 5;
    double districtSideMetres = 24000.0;
    int postcodes = 4000;
    int streets = 300;
    int existingDucts = 336;
    int plannedDucts = 60;  // planned or proposed, with a planned window
    int undatedDucts = 4;   // proposed without a planned window (not planned ducts)
    int streetWorks = 10000;
    int hotspots = 36;
    int mobileCoverage = 6;
    int restrictions = 24;

    [[nodiscard]] int districts() const { return columns * rows; }
};

// S: one district (~4,000 postcodes, 25 wards, ~400 ducts of which 60 planned,
// ~10,000 street works in a year); M: ten of them side by side; L: national,
// 360 districts (1.7 million postcodes, 9,000 wards, 2.5 million street works).
// Throws std::invalid_argument for another name.
[[nodiscard]] BenchScale benchScale(std::string_view name);

}  // namespace gigamap::bench

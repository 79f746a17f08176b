#pragma once

#include <cmath>
#include <cstdint>

namespace gigamap::bench {

// A position in whole centimetres of the project CRS, as real data (Code-Point
// Open, Street Manager, OS MasterMap) is rounded. Kept in integers so that
// "exactly on a border" and "exactly 10 m apart" are exact when generating;
// converted to metres (the nearest double) only when written.
struct CentimetrePoint {
    std::int64_t x = 0;
    std::int64_t y = 0;

    friend bool operator==(const CentimetrePoint&, const CentimetrePoint&) = default;
};

[[nodiscard]] inline double metres(std::int64_t centimetres) {
    return static_cast<double>(centimetres) / 100.0;
}

[[nodiscard]] inline std::int64_t centimetres(double metres) {
    return std::llround(metres * 100.0);
}

[[nodiscard]] inline CentimetrePoint offset(const CentimetrePoint& p, double dxMetres,
                                            double dyMetres) {
    return {p.x + centimetres(dxMetres), p.y + centimetres(dyMetres)};
}

}  // namespace gigamap::bench

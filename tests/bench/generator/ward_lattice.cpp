#include "ward_lattice.h"

#include <algorithm>

namespace gigamap::bench {
namespace {

// Corners move by up to 12 % of a cell on each axis and wiggle points sit
// within the middle 70 % of an edge, at most 2 % of a cell off it: small enough
// that every ward stays a simple polygon.
constexpr double kCornerJitter = 0.12;
constexpr double kWiggle = 0.02;

}  // namespace

std::uint64_t mix(std::uint64_t value) {
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

WardLattice::WardLattice(CentimetrePoint origin, std::int64_t cellCentimetres, std::uint64_t seed)
    : origin_(origin), cell_(cellCentimetres), seed_(seed) {}

double WardLattice::unit(int i, int j, int salt) const {
    const auto key = mix(seed_ ^
                         mix((static_cast<std::uint64_t>(static_cast<std::uint32_t>(i)) << 32U) |
                             static_cast<std::uint32_t>(j)) ^
                         mix(static_cast<std::uint64_t>(salt)));
    return static_cast<double>(key >> 11U) / 9007199254740992.0;  // 2^53
}

CentimetrePoint WardLattice::corner(int i, int j) const {
    const double size = static_cast<double>(cell_);
    return {origin_.x + i * cell_ + std::llround((unit(i, j, 1) * 2 - 1) * kCornerJitter * size),
            origin_.y + j * cell_ + std::llround((unit(i, j, 2) * 2 - 1) * kCornerJitter * size)};
}

std::vector<CentimetrePoint> WardLattice::edgeInterior(int i, int j, bool vertical) const {
    const int salt = vertical ? 100 : 200;
    const CentimetrePoint a = corner(i, j);
    const CentimetrePoint b = vertical ? corner(i, j + 1) : corner(i + 1, j);
    const int count = 1 + static_cast<int>(unit(i, j, salt) * 4.0);  // 1 to 4
    std::vector<CentimetrePoint> points;
    points.reserve(static_cast<std::size_t>(count));
    const double size = static_cast<double>(cell_);
    for (int k = 0; k < count; ++k) {
        const double t = 0.15 + 0.7 * (k + unit(i, j, salt + 1 + k)) / count;
        const double wiggle = (unit(i, j, salt + 10 + k) * 2 - 1) * kWiggle * size;
        const double x = static_cast<double>(a.x) + t * static_cast<double>(b.x - a.x);
        const double y = static_cast<double>(a.y) + t * static_cast<double>(b.y - a.y);
        points.push_back(
            {std::llround(vertical ? x + wiggle : x), std::llround(vertical ? y : y + wiggle)});
    }
    return points;
}

std::vector<CentimetrePoint> WardLattice::ring(int i0, int j0, int i1, int j1) const {
    std::vector<CentimetrePoint> points;
    const auto forward = [&](CentimetrePoint c, std::vector<CentimetrePoint> interior) {
        points.push_back(c);
        points.insert(points.end(), interior.begin(), interior.end());
    };
    const auto backward = [&](CentimetrePoint c, std::vector<CentimetrePoint> interior) {
        points.push_back(c);
        points.insert(points.end(), interior.rbegin(), interior.rend());
    };
    for (int i = i0; i < i1; ++i) {
        forward(corner(i, j0), edgeInterior(i, j0, false));
    }
    for (int j = j0; j < j1; ++j) {
        forward(corner(i1, j), edgeInterior(i1, j, true));
    }
    for (int i = i1; i > i0; --i) {
        backward(corner(i, j1), edgeInterior(i - 1, j1, false));
    }
    for (int j = j1; j > j0; --j) {
        backward(corner(i0, j), edgeInterior(i0, j - 1, true));
    }
    points.push_back(points.front());
    return points;
}

}  // namespace gigamap::bench

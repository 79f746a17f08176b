#pragma once

#include <optional>

namespace gigamap::core {

class GeosContext;
class Geometry;

// The distance between two geometries (ST_Distance) when it is at most
// `limit` metres (ST_DWithin), decided on the exact distance between their
// stored double coordinates; nothing when they are farther apart.
// GEOS's floating-point distance decides every clear case. Within about 1e-9
// of the limit, the squared distance of every pair of segments and points is
// computed in rational arithmetic and compared with limit², so that segments
// whose coordinates are exactly 10 m apart are within 10 m even where GEOS
// computes 10.000000000000002; the distance returned is then the square root
// of the exact square (10 for 10). Runs on `context`, the calling thread's.
[[nodiscard]] std::optional<double> distanceWithin(const GeosContext& context, const Geometry& a,
                                                   const Geometry& b, double limit);

// How close to `distance` another distance computed in floating point must be
// for the two to count as a possible tie, to be settled exactly: GEOS's error
// on a point-to-segment distance is a few units in the last place of the
// coordinates (~1e-10 m at national-grid magnitudes), far inside this band.
[[nodiscard]] double tieBand(double distance);

// Which of `a` and `b` is nearer to `from`, on the exact distances between the
// stored coordinates: negative when a is nearer, zero when they are exactly
// as near (collinear ducts in one trench, say), positive when b is nearer.
// For the near-ties GEOS's rounding cannot settle.
[[nodiscard]] int compareDistances(const GeosContext& context, const Geometry& from,
                                   const Geometry& a, const Geometry& b);

}  // namespace gigamap::core

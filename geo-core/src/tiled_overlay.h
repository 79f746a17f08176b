#pragma once

// Private to geo-core: a region minus the union of many covering polygons,
// computed tile by tile on all cores (the area gap's overlay).

#include <cstddef>
#include <span>

#include "gigamap/core/bounding_box.h"
#include "gigamap/core/geometry.h"
#include "parallel_work.h"

namespace gigamap::core {

// `across` x `across` equal tiles over a box. Neighbouring tiles share their
// edge coordinates exactly (each is computed once from the box and an index).
class TileGrid {
public:
    TileGrid(const BoundingBox& extent, int across);

    [[nodiscard]] int across() const { return across_; }
    [[nodiscard]] std::size_t count() const {
        return static_cast<std::size_t>(across_) * static_cast<std::size_t>(across_);
    }
    // Tile `index` (row by row from the lower left).
    [[nodiscard]] BoundingBox tile(std::size_t index) const;
    // The tiles `box` meets, by index, in index order.
    [[nodiscard]] std::vector<std::size_t> tilesMeeting(const BoundingBox& box) const;

private:
    [[nodiscard]] double x(int column) const;
    [[nodiscard]] double y(int row) const;
    [[nodiscard]] int column(double value) const;
    [[nodiscard]] int row(double value) const;

    BoundingBox extent_;
    int across_;
};

// How many tiles across for `parts` covering polygons: one tile (no tiling)
// for a few hundred, about kPartsPerTile parts per tile above that.
[[nodiscard]] int tilesAcrossFor(std::size_t parts);

struct TiledDifference {
    Geometry geometry;  // region minus the union, in the caller's context
    double area = 0.0;  // the tiles' areas, summed with compensation
};

// `region` minus the union of `covering`: both clipped to the tiles of a grid
// of `across` x `across` over the region, each tile's union and difference
// computed on all cores, the tiles' pieces assembled into one (multi)polygon
// once. across = 1 is the plain overlay. Throws GeometryError when GEOS
// fails and CancelledError when `progress` is cancelled (one step per tile).
[[nodiscard]] TiledDifference tiledDifference(const GeosContext& geos, ThreadContexts& contexts,
                                              const Geometry& region,
                                              std::span<const Geometry> covering, int across,
                                              ParallelProgress& progress);

}  // namespace gigamap::core

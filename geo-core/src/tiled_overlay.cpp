#include "tiled_overlay.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include "gigamap/core/overlay.h"

namespace gigamap::core {
namespace {

constexpr std::size_t kPartsPerTile = 48;
constexpr std::size_t kUntiledUpTo = 256;  // fewer parts: one overlay is quicker
constexpr int kMostTilesAcross = 64;

bool within(const BoundingBox& inner, const BoundingBox& outer) {
    return outer.minX <= inner.minX && inner.maxX <= outer.maxX && outer.minY <= inner.minY &&
           inner.maxY <= outer.maxY;
}

// Neumaier's compensated sum: the tiles' areas added without losing the small ones.
class CompensatedSum {
public:
    void add(double value) {
        const double total = sum_ + value;
        compensation_ +=
            std::abs(sum_) >= std::abs(value) ? (sum_ - total) + value : (value - total) + sum_;
        sum_ = total;
    }
    [[nodiscard]] double value() const { return sum_ + compensation_; }

private:
    double sum_ = 0.0;
    double compensation_ = 0.0;
};

// The region's part in `tile` minus the covering parts that meet it (clipped to
// it). Whatever lies wholly in the tile is used as it is.
Geometry tileGap(const GeosContext& context, const Geometry& region, const BoundingBox& regionBox,
                 std::span<const Geometry> covering, std::span<const BoundingBox> boxes,
                 const std::vector<std::size_t>& members, const BoundingBox& tile) {
    const Geometry rectangle = context.box(tile);
    std::optional<Geometry> clippedRegion;
    if (!within(regionBox, tile)) {
        clippedRegion = intersection(context, region, rectangle);
        if (clippedRegion->isEmpty()) {
            return std::move(*clippedRegion);
        }
    }
    const Geometry& inside = clippedRegion ? *clippedRegion : region;
    std::vector<Geometry> clipped;
    std::vector<const Geometry*> parts;
    clipped.reserve(members.size());
    parts.reserve(members.size());
    for (const std::size_t i : members) {
        if (within(boxes[i], tile)) {
            parts.push_back(&covering[i]);
        } else if (Geometry piece = intersection(context, covering[i], rectangle);
                   !piece.isEmpty()) {
            clipped.push_back(std::move(piece));
        }
    }
    for (const auto& piece : clipped) {
        parts.push_back(&piece);
    }
    if (parts.empty()) {
        return inside.toMulti();  // a copy
    }
    return difference(context, inside, unionOf(context, parts));
}

}  // namespace

TileGrid::TileGrid(const BoundingBox& extent, int across)
    : extent_(extent), across_(std::max(1, across)) {}

double TileGrid::x(int column) const {
    return column >= across_
               ? extent_.maxX
               : extent_.minX + extent_.width() * column / static_cast<double>(across_);
}

double TileGrid::y(int row) const {
    return row >= across_ ? extent_.maxY
                          : extent_.minY + extent_.height() * row / static_cast<double>(across_);
}

int TileGrid::column(double value) const {
    const double at = (value - extent_.minX) / extent_.width() * across_;
    return std::clamp(static_cast<int>(std::floor(at)), 0, across_ - 1);
}

int TileGrid::row(double value) const {
    const double at = (value - extent_.minY) / extent_.height() * across_;
    return std::clamp(static_cast<int>(std::floor(at)), 0, across_ - 1);
}

BoundingBox TileGrid::tile(std::size_t index) const {
    const int c = static_cast<int>(index % static_cast<std::size_t>(across_));
    const int r = static_cast<int>(index / static_cast<std::size_t>(across_));
    return {x(c), y(r), x(c + 1), y(r + 1)};
}

std::vector<std::size_t> TileGrid::tilesMeeting(const BoundingBox& box) const {
    std::vector<std::size_t> tiles;
    if (!box.intersects(extent_)) {
        return tiles;
    }
    // One tile either side of the computed range, kept when its box really meets `box`,
    // so rounding in column()/row() never loses a tile.
    const int c0 = std::max(0, column(box.minX) - 1);
    const int c1 = std::min(across_ - 1, column(box.maxX) + 1);
    const int r0 = std::max(0, row(box.minY) - 1);
    const int r1 = std::min(across_ - 1, row(box.maxY) + 1);
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            const auto index = static_cast<std::size_t>(r) * static_cast<std::size_t>(across_) +
                               static_cast<std::size_t>(c);
            if (tile(index).intersects(box)) {
                tiles.push_back(index);
            }
        }
    }
    return tiles;
}

int tilesAcrossFor(std::size_t parts) {
    if (parts <= kUntiledUpTo) {
        return 1;
    }
    const double across = std::ceil(std::sqrt(static_cast<double>(parts) / kPartsPerTile));
    return std::min(kMostTilesAcross, static_cast<int>(across));
}

TiledDifference tiledDifference(const GeosContext& geos, ThreadContexts& contexts,
                                const Geometry& region, std::span<const Geometry> covering,
                                int across, ParallelProgress& progress) {
    // The grid reaches a metre past the region, so no tile edge runs along its outline.
    const BoundingBox regionBox = region.envelope();
    const TileGrid grid(
        {regionBox.minX - 1.0, regionBox.minY - 1.0, regionBox.maxX + 1.0, regionBox.maxY + 1.0},
        across);

    std::vector<BoundingBox> boxes;
    boxes.reserve(covering.size());
    std::vector<std::vector<std::size_t>> members(grid.count());
    for (std::size_t i = 0; i < covering.size(); ++i) {
        boxes.push_back(covering[i].envelope());
        for (const std::size_t tile : grid.tilesMeeting(boxes.back())) {
            members[tile].push_back(i);
        }
    }

    auto pieces = collectInParallel<std::pair<std::size_t, Geometry>>(
        grid.count(), contexts, progress,
        [&](std::size_t tile, const GeosContext& context, auto& out) {
            Geometry gap = tileGap(context, region, regionBox, covering, boxes, members[tile],
                                   grid.tile(tile));
            if (!gap.isEmpty()) {
                out.emplace_back(tile, std::move(gap));
            }
        },
        1);
    std::sort(pieces.begin(), pieces.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });

    CompensatedSum area;
    std::vector<const Geometry*> parts;
    parts.reserve(pieces.size());
    for (const auto& [tile, piece] : pieces) {
        area.add(piece.area());
        parts.push_back(&piece);
    }
    return {unionOf(geos, parts), area.value()};
}

}  // namespace gigamap::core

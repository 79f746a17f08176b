#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace gigamap::core {

class GeosContext;
class Geometry;

// A GEOS STRtree (RAII over GEOSSTRtree*) of items numbered 0..n-1 by the
// bounding boxes of their geometries: insert all, then query (GEOS builds the
// tree on the first query; no inserts after that). The geometries must outlive it.
class StrTree {
public:
    explicit StrTree(const GeosContext& context, std::size_t nodeCapacity = 10);
    StrTree(const StrTree&) = delete;
    StrTree& operator=(const StrTree&) = delete;
    ~StrTree();

    void insert(const Geometry& geometry, std::size_t item);
    // Builds the tree now. After this, threads may query it at once, each with
    // a query geometry made in its own GeosContext (GEOS would otherwise build
    // it lazily inside the first query, which is not safe to race).
    void build() const;
    // The items whose boxes meet the box of `geometry`, in ascending order;
    // runs on `geometry`'s context.
    [[nodiscard]] std::vector<std::size_t> query(const Geometry& geometry) const;
    // The item nearest to `geometry` by `distanceTo(item)` (GEOS's branch and
    // bound search); nothing when the tree is empty. Ties are GEOS's choice.
    [[nodiscard]] std::optional<std::size_t> nearest(
        const Geometry& geometry, const std::function<double(std::size_t)>& distanceTo) const;

private:
    const GeosContext& context_;
    void* tree_;
    std::size_t size_ = 0;
};

}  // namespace gigamap::core

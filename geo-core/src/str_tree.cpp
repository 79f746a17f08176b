#include "gigamap/core/str_tree.h"

#include <geos_c.h>

#include <algorithm>

#include "gigamap/core/error.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"

namespace gigamap::core {
namespace {

GEOSContextHandle_t native(const GeosContext& context) {
    return static_cast<GEOSContextHandle_t>(context.handle());
}

// GEOS keeps a void* per item: item n travels as n + 1, so that no item is a null pointer.
void* encode(std::size_t item) {
    return reinterpret_cast<void*>(item + 1);
}
std::size_t decode(const void* pointer) {
    return reinterpret_cast<std::size_t>(pointer) - 1;
}

// Records only: a C callback must not throw.
void collect(void* item, void* userdata) {
    static_cast<std::vector<std::size_t>*>(userdata)->push_back(decode(item));
}

}  // namespace

StrTree::StrTree(const GeosContext& context, std::size_t nodeCapacity)
    : context_(context), tree_(GEOSSTRtree_create_r(native(context), nodeCapacity)) {
    if (tree_ == nullptr) {
        throw GeometryError("cannot create an STRtree: " + context.takeLastError());
    }
}

StrTree::~StrTree() {
    GEOSSTRtree_destroy_r(native(context_), static_cast<GEOSSTRtree*>(tree_));
}

void StrTree::insert(const Geometry& geometry, std::size_t item) {
    ++size_;
    GEOSSTRtree_insert_r(native(context_), static_cast<GEOSSTRtree*>(tree_),
                         static_cast<const GEOSGeometry*>(geometry.handle()), encode(item));
}

std::vector<std::size_t> StrTree::query(const Geometry& geometry) const {
    std::vector<std::size_t> items;
    // The query's own context: each thread may query a built tree with its own.
    GEOSSTRtree_query_r(native(geometry.context()), static_cast<GEOSSTRtree*>(tree_),
                        static_cast<const GEOSGeometry*>(geometry.handle()), collect, &items);
    std::sort(items.begin(), items.end());
    return items;
}

void StrTree::build() const {
    // GEOS builds the tree on its first query; an empty box is enough.
    const Geometry probe = context_.box({0.0, 0.0, 0.0, 0.0});
    std::vector<std::size_t> ignored;
    GEOSSTRtree_query_r(native(context_), static_cast<GEOSSTRtree*>(tree_),
                        static_cast<const GEOSGeometry*>(probe.handle()), collect, &ignored);
}

std::optional<std::size_t> StrTree::nearest(
    const Geometry& geometry, const std::function<double(std::size_t)>& distanceTo) const {
    if (size_ == 0) {
        return std::nullopt;
    }
    // The query travels as an item too: a null pointer, which no tree item is.
    constexpr const void* kQuery = nullptr;
    struct Search {
        const std::function<double(std::size_t)>* distanceTo;
        bool failed = false;
    } search{&distanceTo};
    // Records only: a C callback must not throw.
    const auto callback = [](const void* a, const void* b, double* distance,
                             void* userdata) -> int {
        auto* work = static_cast<Search*>(userdata);
        const std::size_t item = decode(a == kQuery ? b : a);
        try {
            *distance = (*work->distanceTo)(item);
            return 1;
        } catch (const std::exception&) {
            work->failed = true;
            return 0;
        }
    };
    const void* found = GEOSSTRtree_nearest_generic_r(
        native(geometry.context()), static_cast<GEOSSTRtree*>(tree_), kQuery,
        static_cast<const GEOSGeometry*>(geometry.handle()), callback, &search);
    if (search.failed) {
        throw GeometryError("nearest-neighbour search failed: " + context_.takeLastError());
    }
    if (found == nullptr) {
        return std::nullopt;
    }
    return decode(found);
}

}  // namespace gigamap::core

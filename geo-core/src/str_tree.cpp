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

// Records only: a C callback must not throw.
void collect(void* item, void* userdata) {
    static_cast<std::vector<std::size_t>*>(userdata)->push_back(
        reinterpret_cast<std::size_t>(item));
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
    // GEOS stores the item pointer as is: the item number travels in it.
    GEOSSTRtree_insert_r(native(context_), static_cast<GEOSSTRtree*>(tree_),
                         static_cast<const GEOSGeometry*>(geometry.handle()),
                         reinterpret_cast<void*>(item));
}

std::vector<std::size_t> StrTree::query(const Geometry& geometry) const {
    std::vector<std::size_t> items;
    GEOSSTRtree_query_r(native(context_), static_cast<GEOSSTRtree*>(tree_),
                        static_cast<const GEOSGeometry*>(geometry.handle()), collect, &items);
    std::sort(items.begin(), items.end());
    return items;
}

}  // namespace gigamap::core

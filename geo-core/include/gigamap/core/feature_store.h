#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "gigamap/core/layer_query.h"

namespace gigamap::core {

// The read side of the store a project lives in: what analyses, reports, maps
// and the desktop read from a project's layers, with no SQL outside geo-core.
// The SpatiaLite file (SpatialiteFeatureStore) implements it; a server store
// implements the same queries with the same order and the same values.
// A store serves one thread at a time, like the connection under it.
class FeatureStore {
public:
    virtual ~FeatureStore() = default;

    // Calls `visit` for each feature the query selects, in its order, until
    // `visit` returns false. Throws StoreError for an unknown layer or field.
    virtual void scan(const LayerQuery& query,
                      const std::function<bool(const FeatureRow&)>& visit) const = 0;

    // How many features of `table` meet every condition (NULL geometries included).
    [[nodiscard]] virtual std::int64_t count(
        std::string_view table, const std::vector<FieldCondition>& where = {}) const = 0;

    // The box around every geometry of `table` (exact, not an index's rounded
    // boxes); nullopt when it has none.
    [[nodiscard]] virtual std::optional<BoundingBox> extent(std::string_view table) const = 0;
};

}  // namespace gigamap::core

#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "gigamap/core/feature.h"
#include "gigamap/core/layer_schema.h"

namespace gigamap::core {

// The writes an import makes to one layer, whichever store holds it: the
// SpatiaLite file's FeatureTable, or a server layer written through COPY.
// Values are checked against the layer's schema and geometries against its
// type (a Polygon for a MultiPolygon layer is promoted; NaN and infinite
// coordinates are refused with GeometryError) the same way in both.
class LayerWriter {
public:
    enum class Upserted { Inserted, Updated };

    virtual ~LayerWriter() = default;

    [[nodiscard]] virtual const LayerSchema& schema() const = 0;
    // Adds a new feature; the store chooses its fid.
    virtual void add(const Feature& feature) = 0;
    // Re-import by natural key: when a feature whose `keyField` equals the
    // feature's own value exists, sets the given attributes and geometry on it;
    // otherwise adds the feature.
    virtual Upserted upsert(std::string_view keyField, const Feature& feature) = 0;
    // Sets the given attributes of every feature whose `keyField` equals `key`
    // (a natural key: at most one); false when there is none.
    virtual bool patchByKey(std::string_view keyField, const Value& key,
                            const std::map<std::string, Value>& attributes) = 0;
    // Deletes every feature whose fields equal all the given values; how many.
    virtual std::int64_t removeWhere(const std::map<std::string, Value>& equals) = 0;

protected:
    LayerWriter() = default;
    LayerWriter(const LayerWriter&) = default;
    LayerWriter& operator=(const LayerWriter&) = default;
};

}  // namespace gigamap::core

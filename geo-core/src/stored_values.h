#pragma once

#include <map>
#include <string>

#include "gigamap/core/feature.h"
#include "gigamap/core/layer_schema.h"

namespace gigamap::core {

class GeosContext;

// How values and geometries are stored in a layer, the same in every store
// (FeatureTable in a file, the server's layer writer).

// Throws StoreError naming the first attribute the layer has no field for.
void requireFields(const LayerSchema& schema, const std::map<std::string, Value>& attributes);

// `value` as `field` stores it: NULL stays NULL, a whole double becomes an
// integer for an Integer field, an integer a double for a Real one; anything
// else of the wrong type is a StoreError naming field, layer and type.
[[nodiscard]] Value storedValue(const LayerSchema& schema, const FieldSpec& field,
                                const Value& value);

// Parses, type-checks and re-encodes the geometry as 2D WKB (empty stays
// empty: NULL). A Polygon for a MultiPolygon layer is promoted. GeometryError
// for NaN or infinite coordinates, an empty geometry or the wrong type.
[[nodiscard]] Wkb storedGeometry(const GeosContext& geos, const LayerSchema& schema,
                                 const Wkb& wkb);

}  // namespace gigamap::core

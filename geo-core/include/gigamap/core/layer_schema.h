#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gigamap::core {

enum class FieldType { Integer, Real, Text };

// The geometry a layer's `geom` column accepts; Any is SpatiaLite's GEOMETRY.
enum class GeometryType { Point, LineString, MultiPolygon, Any };

struct FieldSpec {
    std::string name;
    FieldType type = FieldType::Text;
};

// One layer (table) of the project file: its name, geometry and fields (besides fid and geom).
struct LayerSchema {
    std::string table;
    GeometryType geometryType = GeometryType::Any;
    std::vector<FieldSpec> fields;
    // Natural keys that identify a feature across re-imports (unique when not NULL).
    std::vector<std::string> naturalKeys;

    // The field called `name`, or nullptr.
    [[nodiscard]] const FieldSpec* field(std::string_view name) const;
};

// Every layer of the project schema, in the order of docs/design.md's table.
[[nodiscard]] const std::vector<LayerSchema>& projectLayers();

// The layer called `table`; throws StoreError naming the known layers if there is none.
[[nodiscard]] const LayerSchema& layerSchema(std::string_view table);

// SpatiaLite's name of a geometry type: POINT, LINESTRING, MULTIPOLYGON, GEOMETRY.
[[nodiscard]] std::string_view spatialiteTypeName(GeometryType type);

[[nodiscard]] std::string_view sqlTypeName(FieldType type);

}  // namespace gigamap::core

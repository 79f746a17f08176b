#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "gigamap/core/layer_query.h"
#include "gigamap/core/layer_schema.h"

namespace gigamap::core {

// How one store's SQL spells what a LayerQuery needs. Identifiers reaching it
// are the schema's own names (checked against layerSchema), never user text.
struct SqlDialect {
    std::function<std::string(std::size_t index)> placeholder;  // 1-based
    std::function<std::string(std::string_view name)> quote;
    std::function<std::string(std::string_view table)> tableName;
    std::string geometryAsWkb;  // the geometry column read as WKB
    // The four aggregates of a layer's exact extent: min x, min y, max x, max y.
    std::string extentAggregates;
    // The rows whose bounding box meets a box, with four parameters in the
    // order `boxParameters` gives (minX, minY, maxX, maxY positions).
    std::function<std::string(std::string_view table, std::size_t first)> boxCondition;
    // An ascending ORDER BY term for a field, NULL first, comparing text bytewise.
    std::function<std::string(const std::string& quoted, FieldType type)> orderTerm;
};

// A LayerQuery as SQL and its parameters, in placeholder order.
struct QuerySql {
    std::string sql;
    std::vector<Value> parameters;
};

[[nodiscard]] QuerySql selectSql(const LayerQuery& query, const SqlDialect& dialect);
[[nodiscard]] QuerySql countSql(std::string_view table, const std::vector<FieldCondition>& where,
                                const SqlDialect& dialect);
// The extent of a layer's geometries: one row of four values, NULL when it has none.
[[nodiscard]] std::string extentSql(std::string_view table, const SqlDialect& dialect);

}  // namespace gigamap::core

#include "layers/field_values.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <set>

#include "gigamap/core/error.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/render/layer_style.h"
#include "gigamap/render/result_layer.h"

namespace gigamap::desktop {
namespace {

// Runs `sql` ({0} the field, {1} the table, ? the limit) over a checked field's values.
template <typename Take>
void forEachValue(const core::SqliteDatabase& db, const core::LayerSchema& layer,
                  const std::string& field, const char* sql, int limit, Take&& take) {
    if (layer.field(field) == nullptr) {
        throw core::StoreError(fmt::format("layer {} has no field '{}'", layer.table, field));
    }
    auto stmt = db.prepare(fmt::format(fmt::runtime(sql), field, layer.table));
    stmt.bind(1, static_cast<std::int64_t>(limit));
    while (stmt.step()) {
        take(stmt.columnValue(0));
    }
}

}  // namespace

// Calls `take` with each feature's value of a checked field, at most `limit` times.
template <typename Take>
void forEachValue(const render::ResultLayer& result, const std::string& field, int limit,
                  Take&& take) {
    if (result.schema().field(field) == nullptr) {
        throw core::StoreError(
            fmt::format("layer {} has no field '{}'", result.schema().table, field));
    }
    for (const auto& feature : result.features()) {
        if (limit-- <= 0) {
            return;
        }
        take(feature.attribute(field));
    }
}

FieldValues::FieldValues(const core::SqliteDatabase& db, const core::LayerSchema& layer)
    : db_(&db), layer_(layer) {}

FieldValues::FieldValues(const render::ResultLayer& result)
    : layer_(result.schema()), result_(&result) {}

std::vector<QString> FieldValues::distinct(const std::string& field, int limit) const {
    std::vector<QString> values;
    if (result_ != nullptr) {
        std::set<QString> seen;
        forEachValue(*result_, field, std::numeric_limits<int>::max(),
                     [&](const core::Value& value) { seen.insert(render::valueText(value)); });
        values.assign(seen.begin(), seen.end());
        values.resize(std::min(values.size(), static_cast<std::size_t>(std::max(limit, 0))));
        return values;
    }
    forEachValue(*db_, layer_, field,
                 "SELECT DISTINCT \"{0}\" FROM \"{1}\" ORDER BY \"{0}\" LIMIT ?", limit,
                 [&](const core::Value& value) { values.push_back(render::valueText(value)); });
    return values;
}

std::vector<double> FieldValues::numbers(const std::string& field, int limit) const {
    std::vector<double> values;
    const auto take = [&](const core::Value& value) {
        if (const auto number = render::valueNumber(value)) {
            values.push_back(*number);
        }
    };
    if (result_ != nullptr) {
        forEachValue(*result_, field, limit, take);
    } else {
        forEachValue(*db_, layer_, field,
                     "SELECT \"{0}\" FROM \"{1}\" WHERE \"{0}\" IS NOT NULL LIMIT ?", limit, take);
    }
    return values;
}

}  // namespace gigamap::desktop

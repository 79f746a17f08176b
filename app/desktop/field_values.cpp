#include "field_values.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/render/layer_style.h"

namespace gigamap::desktop {
namespace {

void requireField(const core::LayerSchema& layer, const std::string& field) {
    if (layer.field(field) == nullptr) {
        throw core::StoreError(fmt::format("layer {} has no field '{}'", layer.table, field));
    }
}

}  // namespace

FieldValues::FieldValues(const core::SqliteDatabase& db, const core::LayerSchema& layer)
    : db_(db), layer_(layer) {}

std::vector<QString> FieldValues::distinct(const std::string& field, int limit) const {
    requireField(layer_, field);
    auto stmt = db_.prepare(fmt::format(
        "SELECT DISTINCT \"{0}\" FROM \"{1}\" ORDER BY \"{0}\" LIMIT ?", field, layer_.table));
    stmt.bind(1, static_cast<std::int64_t>(limit));
    std::vector<QString> values;
    while (stmt.step()) {
        values.push_back(render::valueText(stmt.columnValue(0)));
    }
    return values;
}

std::vector<double> FieldValues::numbers(const std::string& field, int limit) const {
    requireField(layer_, field);
    auto stmt = db_.prepare(fmt::format(
        "SELECT \"{0}\" FROM \"{1}\" WHERE \"{0}\" IS NOT NULL LIMIT ?", field, layer_.table));
    stmt.bind(1, static_cast<std::int64_t>(limit));
    std::vector<double> values;
    while (stmt.step()) {
        if (const auto number = render::valueNumber(stmt.columnValue(0))) {
            values.push_back(*number);
        }
    }
    return values;
}

}  // namespace gigamap::desktop

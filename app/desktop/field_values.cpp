#include "field_values.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/render/layer_style.h"

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

FieldValues::FieldValues(const core::SqliteDatabase& db, const core::LayerSchema& layer)
    : db_(db), layer_(layer) {}

std::vector<QString> FieldValues::distinct(const std::string& field, int limit) const {
    std::vector<QString> values;
    forEachValue(db_, layer_, field,
                 "SELECT DISTINCT \"{0}\" FROM \"{1}\" ORDER BY \"{0}\" LIMIT ?", limit,
                 [&](const core::Value& value) { values.push_back(render::valueText(value)); });
    return values;
}

std::vector<double> FieldValues::numbers(const std::string& field, int limit) const {
    std::vector<double> values;
    forEachValue(db_, layer_, field,
                 "SELECT \"{0}\" FROM \"{1}\" WHERE \"{0}\" IS NOT NULL LIMIT ?", limit,
                 [&](const core::Value& value) {
                     if (const auto number = render::valueNumber(value)) {
                         values.push_back(*number);
                     }
                 });
    return values;
}

}  // namespace gigamap::desktop

#include "gigamap/render/feature_reader.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"
#include "gigamap/core/sqlite_database.h"

namespace gigamap::render {
namespace {

void checkField(const core::LayerSchema& layer, const std::string& field) {
    if (layer.field(field) == nullptr) {
        throw core::StoreError(fmt::format("layer {} has no field '{}'", layer.table, field));
    }
}

// ISO dates compare as text; ?5 is the day.
std::string dayCondition(const core::LayerSchema& layer, const std::optional<DayFilter>& filter) {
    if (!filter) {
        return {};
    }
    checkField(layer, filter->startField);
    checkField(layer, filter->endField);
    const std::string active =
        fmt::format("(substr(\"{0}\", 1, 10) <= ?5 AND substr(\"{1}\", 1, 10) >= ?5)",
                    filter->startField, filter->endField);
    if (!filter->keepUndated) {
        return " AND " + active;
    }
    return fmt::format(" AND (\"{}\" IS NULL OR \"{}\" IS NULL OR {})", filter->startField,
                       filter->endField, active);
}

std::string selectSql(const core::LayerSchema& layer, const std::vector<std::string>& fields,
                      const std::optional<DayFilter>& filter) {
    std::string columns;
    for (const auto& field : fields) {
        checkField(layer, field);
        columns += fmt::format("\"{}\", ", field);
    }
    // The R*Tree's 32-bit boxes are rounded outwards: a few extra candidates
    // are drawn off the edge, which costs less than testing each one.
    return fmt::format(
        "SELECT fid, {0}AsBinary(geom) FROM \"{1}\" WHERE geom IS NOT NULL AND fid IN "
        "(SELECT pkid FROM \"idx_{1}_geom\" WHERE xmin <= ?3 AND xmax >= ?1 AND ymin <= ?4 AND "
        "ymax >= ?2){2} ORDER BY fid",
        columns, layer.table, dayCondition(layer, filter));
}

}  // namespace

FeatureReader::FeatureReader(const core::SqliteDatabase& db, const core::LayerSchema& layer,
                             const std::vector<std::string>& fields,
                             const std::optional<DayFilter>& dayFilter)
    : statement_(db.prepare(selectSql(layer, fields, dayFilter))),
      fieldCount_(fields.size()),
      day_(dayFilter ? std::optional(dayFilter->day) : std::nullopt) {}

void FeatureReader::forEachInBox(const core::BoundingBox& box,
                                 const std::function<bool(const FeatureRow&)>& visit) {
    statement_.reset();
    statement_.bind(1, box.minX).bind(2, box.minY).bind(3, box.maxX).bind(4, box.maxY);
    if (day_) {
        statement_.bind(5, *day_);
    }
    FeatureRow row;
    row.values.resize(fieldCount_);
    const int wkbColumn = static_cast<int>(fieldCount_) + 1;
    while (statement_.step()) {
        row.fid = statement_.columnInt64(0);
        for (std::size_t i = 0; i < fieldCount_; ++i) {
            row.values[i] = statement_.columnValue(static_cast<int>(i) + 1);
        }
        row.wkb = statement_.columnBlob(wkbColumn);
        if (!visit(row)) {
            break;
        }
    }
    statement_.reset();
}

}  // namespace gigamap::render

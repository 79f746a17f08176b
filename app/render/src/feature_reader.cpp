#include "gigamap/render/feature_reader.h"

#include <fmt/format.h>

#include "gigamap/core/error.h"
#include "gigamap/core/sqlite_database.h"

namespace gigamap::render {
namespace {

std::string selectSql(const core::LayerSchema& layer, const std::vector<std::string>& fields) {
    std::string columns;
    for (const auto& field : fields) {
        if (layer.field(field) == nullptr) {
            throw core::StoreError(fmt::format("layer {} has no field '{}'", layer.table, field));
        }
        columns += fmt::format("\"{}\", ", field);
    }
    // The R*Tree's 32-bit boxes are rounded outwards: a few extra candidates
    // are drawn off the edge, which costs less than testing each one.
    return fmt::format(
        "SELECT fid, {0}AsBinary(geom) FROM \"{1}\" WHERE geom IS NOT NULL AND fid IN "
        "(SELECT pkid FROM \"idx_{1}_geom\" WHERE xmin <= ?3 AND xmax >= ?1 AND ymin <= ?4 AND "
        "ymax >= ?2) ORDER BY fid",
        columns, layer.table);
}

}  // namespace

FeatureReader::FeatureReader(const core::SqliteDatabase& db, const core::LayerSchema& layer,
                             const std::vector<std::string>& fields)
    : statement_(db.prepare(selectSql(layer, fields))), fieldCount_(fields.size()) {}

void FeatureReader::forEachInBox(const core::BoundingBox& box,
                                 const std::function<bool(const FeatureRow&)>& visit) {
    statement_.reset();
    statement_.bind(1, box.minX).bind(2, box.minY).bind(3, box.maxX).bind(4, box.maxY);
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

#include "map/selection_extent.h"

#include <fmt/format.h>

#include "gigamap/core/layer_schema.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/render/extent.h"

namespace gigamap::desktop {

std::optional<core::BoundingBox> featuresExtent(const core::SqliteDatabase& db,
                                                const render::FeatureIds& features) {
    std::optional<core::BoundingBox> extent;
    for (const auto& [table, fids] : features) {
        const auto& layer = core::layerSchema(table);  // checks the name before it goes into SQL
        auto stmt = db.prepare(fmt::format(
            "SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM \"{}\" "
            "WHERE fid = ? AND geom IS NOT NULL",
            layer.table));
        for (const std::int64_t fid : fids) {
            stmt.reset();
            stmt.bind(1, fid);
            if (!stmt.step()) {
                continue;
            }
            const core::BoundingBox box{stmt.columnDouble(0), stmt.columnDouble(1),
                                        stmt.columnDouble(2), stmt.columnDouble(3)};
            render::extendBy(extent, box);
        }
    }
    return extent;
}

}  // namespace gigamap::desktop

#include "gigamap/core/area_gaps.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <vector>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/overlay.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/sqlite_statement.h"
#include "parallel_work.h"
#include "tiled_overlay.h"

namespace gigamap::core {
namespace {

constexpr char kCancelled[] = "gap analysis cancelled; nothing was written";

struct District {
    std::string code;
    std::string name;
    Geometry geometry;
};

District findDistrict(Project& project, const GeosContext& geos, const std::string& code) {
    auto stmt = project.database().prepare(
        "SELECT coalesce(code, ''), coalesce(name, ''), AsBinary(geom) FROM boundaries "
        "WHERE kind = 'district' AND geom IS NOT NULL ORDER BY fid");
    std::vector<std::string> codes;
    while (stmt.step()) {
        codes.push_back(stmt.columnText(0));
        if (codes.back() == code || (code.empty() && codes.size() == 1)) {
            District found{codes.back(), stmt.columnText(1), geos.readWkb(stmt.columnBlob(2))};
            if (!code.empty() || !stmt.step()) {
                return found;
            }
            codes.push_back(stmt.columnText(0));
        }
    }
    const std::string list = fmt::format("{}", fmt::join(codes, ", "));
    if (codes.empty()) {
        throw AnalysisError(
            "the project has no boundary of kind district; import one with "
            "`import vector --into boundaries --set kind=district`");
    }
    if (code.empty()) {
        throw AnalysisError(fmt::format(
            "the project has several districts ({}); choose one with --district", list));
    }
    throw AnalysisError(
        fmt::format("the project has no district with code '{}' (it has {})", code, list));
}

// The condition that a row's index box (the layer's R*Tree, boxes rounded
// outwards) meets the box bound to ?1..?4 (minX, minY, maxX, maxY): only the
// features near the district are read; their exact boxes decide.
std::string nearBox(std::string_view table) {
    return fmt::format(
        "fid IN (SELECT pkid FROM \"idx_{}_geom\" WHERE xmin <= ?3 AND xmax >= ?1 "
        "AND ymin <= ?4 AND ymax >= ?2)",
        table);
}

void bindBox(SqliteStatement& stmt, const BoundingBox& box) {
    stmt.bind(1, box.minX).bind(2, box.minY).bind(3, box.maxX).bind(4, box.maxY);
}

std::vector<Geometry> hotspotCircles(Project& project, const GeosContext& geos,
                                     const BoundingBox& reach) {
    std::vector<Geometry> circles;
    auto largest = project.database().prepare(
        "SELECT coalesce(max(radius_m), 0) FROM hotspots WHERE radius_m > 0");
    const double r = largest.step() ? largest.columnDouble(0) : 0.0;
    auto stmt = project.database().prepare(
        "SELECT X(geom), Y(geom), radius_m FROM hotspots "
        "WHERE geom IS NOT NULL AND radius_m > 0 AND " +
        nearBox("hotspots") + " ORDER BY fid");
    bindBox(stmt, {reach.minX - r, reach.minY - r, reach.maxX + r, reach.maxY + r});
    while (stmt.step()) {
        const Coordinate centre{stmt.columnDouble(0), stmt.columnDouble(1)};
        const double radius = stmt.columnDouble(2);
        const BoundingBox box{centre.x - radius, centre.y - radius, centre.x + radius,
                              centre.y + radius};
        if (box.intersects(reach)) {
            circles.push_back(circle32(geos, centre, radius));
        }
    }
    return circles;
}

std::vector<Geometry> mobilePolygons(Project& project, const GeosContext& geos,
                                     const std::map<std::string, std::string>& where,
                                     const BoundingBox& reach) {
    const LayerSchema& schema = layerSchema("mobile_coverage");
    std::string sql = "SELECT AsBinary(geom) FROM mobile_coverage WHERE geom IS NOT NULL AND " +
                      nearBox("mobile_coverage");
    for (const auto& [field, value] : where) {
        if (schema.field(field) == nullptr) {
            throw AnalysisError(fmt::format(
                "mobile_coverage has no field '{}' to filter on (it has operator, technology, "
                "environment and level)",
                field));
        }
        sql += fmt::format(" AND CAST(\"{}\" AS TEXT) = ?", field);  // checked name, bound value
    }
    auto stmt = project.database().prepare(sql + " ORDER BY fid");
    bindBox(stmt, reach);
    int index = 5;  // after the box
    for (const auto& entry : where) {
        stmt.bind(index++, std::string_view(entry.second));
    }
    std::vector<Geometry> polygons;
    while (stmt.step()) {
        Geometry polygon = geos.readWkb(stmt.columnBlob(0));
        if (!polygon.isEmpty() && polygon.envelope().intersects(reach)) {
            polygons.push_back(std::move(polygon));
        }
    }
    return polygons;
}

}  // namespace

AreaGapsResult AreaGaps::run(const AreaGapsOptions& options, Feedback* feedback) {
    ThreadContexts contexts;  // outlives every geometry the workers make
    const GeosContext geos;
    const District district = findDistrict(project_, geos, options.district);
    const BoundingBox reach = district.geometry.envelope();

    std::vector<Geometry> covering;
    AreaGapsResult result;
    if (options.hotspots) {
        covering = hotspotCircles(project_, geos, reach);
        result.hotspots = covering.size();
    }
    if (options.mobile) {
        auto polygons = mobilePolygons(project_, geos, options.mobileWhere, reach);
        result.mobilePolygons = polygons.size();
        std::move(polygons.begin(), polygons.end(), std::back_inserter(covering));
    }
    const int across =
        options.tilesAcross > 0 ? options.tilesAcross : tilesAcrossFor(covering.size());
    ParallelProgress progress(feedback, static_cast<std::size_t>(across * across), 10.0, 90.0,
                              kCancelled);
    progress.checkCancelled();

    result.districtCode = district.code;
    result.districtName = district.name;
    result.districtArea = district.geometry.area();
    Geometry gap = district.geometry.toMulti();
    result.gapArea = result.districtArea;
    if (!covering.empty()) {
        auto tiled = tiledDifference(geos, contexts, district.geometry, covering, across, progress);
        gap = std::move(tiled.geometry);
        result.gapArea = tiled.area;
    }
    progress.checkCancelled();
    result.coveredArea = result.districtArea - result.gapArea;
    if (!gap.isEmpty()) {
        result.gap = geos.writeWkb(gap.toMulti());
    }
    if (feedback != nullptr) {
        feedback->setProgress(100.0);
    }
    return result;
}

}  // namespace gigamap::core

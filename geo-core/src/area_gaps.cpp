#include "gigamap/core/area_gaps.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/overlay.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "parallel_work.h"

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

std::vector<Geometry> hotspotCircles(Project& project, const GeosContext& geos,
                                     const BoundingBox& reach) {
    std::vector<Geometry> circles;
    auto stmt = project.database().prepare(
        "SELECT X(geom), Y(geom), radius_m FROM hotspots "
        "WHERE geom IS NOT NULL AND radius_m > 0 ORDER BY fid");
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
    std::string sql = "SELECT AsBinary(geom) FROM mobile_coverage WHERE geom IS NOT NULL";
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
    int index = 1;
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

// The union of `parts`: neighbouring parts (by x of their boxes) are merged in
// chunks on all cores, then the chunks are merged here.
Geometry parallelUnion(const GeosContext& geos, ThreadContexts& contexts,
                       std::vector<Geometry> parts, ParallelProgress& progress) {
    // Neighbours by the left edge of their boxes, each box computed once.
    std::vector<std::pair<double, std::size_t>> order;
    order.reserve(parts.size());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        order.emplace_back(parts[i].envelope().minX, i);
    }
    std::sort(order.begin(), order.end());
    std::vector<Geometry> sorted;
    sorted.reserve(parts.size());
    for (const auto& [left, i] : order) {
        sorted.push_back(std::move(parts[i]));
    }
    parts = std::move(sorted);
    const std::size_t threads = std::max(1U, std::thread::hardware_concurrency());
    const std::size_t chunk = std::max<std::size_t>(64, parts.size() / (4 * threads) + 1);
    const std::size_t chunks = (parts.size() + chunk - 1) / chunk;
    const std::span<const Geometry> all(parts);
    auto merged = collectInParallel<Geometry>(
        chunks, contexts, progress,
        [&](std::size_t i, const GeosContext& context, std::vector<Geometry>& out) {
            const std::size_t first = i * chunk;
            out.push_back(
                unionOf(context, all.subspan(first, std::min(chunk, parts.size() - first))));
        },
        1);
    return unionOf(geos, merged);
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
    ParallelProgress progress(feedback, covering.size() / 64 + 1, 10.0, 90.0, kCancelled);
    progress.checkCancelled();

    result.districtCode = district.code;
    result.districtName = district.name;
    result.districtArea = district.geometry.area();
    const Geometry gap =
        covering.empty() ? district.geometry.toMulti()
                         : difference(geos, district.geometry,
                                      parallelUnion(geos, contexts, std::move(covering), progress));
    progress.checkCancelled();
    result.gapArea = gap.area();
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

#include "gigamap/core/proposed_build.h"

#include <algorithm>
#include <array>
#include <optional>

#include "gigamap/core/cost_model.h"
#include "gigamap/core/exact_distance.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/overlay.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/str_tree.h"
#include "parallel_work.h"

namespace gigamap::core {
namespace {

constexpr char kCancelled[] = "proposed build costing cancelled; nothing was written";
constexpr std::array<const char*, 4> kSurfaces{"verge", "footway", "carriageway", "unknown"};

struct Duct {
    PlannedDuctCost line;
    Geometry geometry;
    BoundingBox box;
};

std::string surfaceOf(const std::string& recorded) {
    const auto known = std::find(kSurfaces.begin(), kSurfaces.end(), recorded);
    return known == kSurfaces.end() ? "unknown" : recorded;
}

// The points where two lines meet, not counting stretches they share.
std::size_t crossingPoints(const GeosContext& context, const Geometry& a, const Geometry& b) {
    const Geometry meet = intersection(context, a, b);
    if (meet.isEmpty()) {
        return 0;
    }
    const auto kind = meet.kind();
    if (kind == GeometryKind::Point) {
        return 1;
    }
    if (kind == GeometryKind::MultiPoint || kind == GeometryKind::GeometryCollection) {
        std::size_t points = 0;
        for (int i = 0; i < meet.partCount(); ++i) {
            points += meet.part(i).kind() == GeometryKind::Point ? 1U : 0U;
        }
        return points;
    }
    return 0;
}

template <typename T>
void buildTree(StrTree& tree, const std::vector<T>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        tree.insert(items[i].geometry, i);
    }
    tree.build();
}

}  // namespace

ProposedBuildResult ProposedBuild::run(const CostModel& costs, Feedback* feedback) {
    ThreadContexts contexts;
    const GeosContext geos;
    std::vector<Duct> ducts;
    {
        auto stmt = project_.database().prepare(
            "SELECT coalesce(ref, ''), status, coalesce(surface, ''), AsBinary(geom) FROM ducts "
            "WHERE status IN ('planned', 'proposed') AND geom IS NOT NULL ORDER BY ref, fid");
        while (stmt.step()) {
            Geometry geometry = geos.readWkb(stmt.columnBlob(3));
            const BoundingBox box = geometry.envelope();
            const std::string surface = surfaceOf(stmt.columnText(2));
            const double length = geometry.length();
            ducts.push_back({{stmt.columnText(0), stmt.columnText(1), surface, length,
                              length * costs.perMetre(surface)},
                             std::move(geometry),
                             box});
        }
    }
    ProposedBuildResult result;
    for (const char* surface : kSurfaces) {
        SurfaceCost line{surface, 0, 0.0, costs.perMetre(surface), 0.0};
        for (const auto& duct : ducts) {
            if (duct.line.surface == surface) {
                ++line.ducts;
                line.length += duct.line.length;
            }
        }
        line.cost = line.length * line.rate;
        result.total += line.cost;
        result.surfaces.push_back(line);
    }
    for (const auto& duct : ducts) {
        result.ducts.push_back(duct.line);
    }

    result.chambers =
        static_cast<std::size_t>(std::get<std::int64_t>(project_.database().queryValue(
            "SELECT count(*) FROM chambers WHERE status IN ('planned', 'proposed')")));
    result.chamberCost = static_cast<double>(result.chambers) * costs.rate("chamber").pounds;
    result.total += result.chamberCost;

    struct Road {
        Geometry geometry;
    };
    std::vector<Road> roads;
    {
        auto stmt =
            project_.database().prepare("SELECT AsBinary(geom) FROM roads WHERE geom IS NOT NULL");
        while (stmt.step()) {
            roads.push_back({geos.readWkb(stmt.columnBlob(0))});
        }
    }
    StrTree roadTree(geos);
    buildTree(roadTree, roads);
    StrTree ductTree(geos);
    buildTree(ductTree, ducts);

    struct Postcode {
        std::int64_t premises;
        Wkb where;
    };
    std::vector<Postcode> postcodes;
    {
        auto stmt = project_.database().prepare(
            "SELECT coalesce(all_premises, 0), AsBinary(geom) FROM postcodes "
            "WHERE geom IS NOT NULL ORDER BY fid");
        while (stmt.step()) {
            const auto blob = stmt.columnBlob(1);
            postcodes.push_back({stmt.columnInt64(0), Wkb(blob.begin(), blob.end())});
        }
    }
    ParallelProgress progress(feedback, ducts.size() + postcodes.size(), 0.0, 100.0, kCancelled);
    const auto crossings = collectInParallel<std::size_t>(
        ducts.size(), contexts, progress,
        [&](std::size_t d, const GeosContext& context, std::vector<std::size_t>& out) {
            const Geometry near = context.box(ducts[d].box);
            std::size_t count = 0;
            for (const std::size_t r : roadTree.query(near)) {
                count += crossingPoints(context, ducts[d].geometry, roads[r].geometry);
            }
            out.push_back(count);
        },
        1);
    for (const std::size_t count : crossings) {
        result.roadCrossings += count;
    }
    result.roadCrossingCost =
        static_cast<double>(result.roadCrossings) * costs.rate("road_crossing").pounds;
    result.total += result.roadCrossingCost;

    result.passDistance = costs.premisesPassedDistance();
    const double reach = result.passDistance;
    const auto passed = collectInParallel<std::int64_t>(
        postcodes.size(), contexts, progress,
        [&](std::size_t p, const GeosContext& context, std::vector<std::int64_t>& out) {
            const Geometry point = context.readWkb(postcodes[p].where);
            const BoundingBox at = point.envelope();
            const Geometry near =
                context.box({at.minX - reach, at.minY - reach, at.maxX + reach, at.maxY + reach});
            for (const std::size_t d : ductTree.query(near)) {
                if (distanceWithin(context, point, ducts[d].geometry, reach)) {
                    out.push_back(postcodes[p].premises);
                    return;
                }
            }
        },
        512);
    result.postcodesPassed = passed.size();
    for (const std::int64_t premises : passed) {
        result.premisesPassed += premises;
    }
    if (result.premisesPassed > 0) {
        result.costPerPremisesPassed = result.total / static_cast<double>(result.premisesPassed);
    }
    if (feedback != nullptr) {
        feedback->setProgress(100.0);
    }
    return result;
}

}  // namespace gigamap::core

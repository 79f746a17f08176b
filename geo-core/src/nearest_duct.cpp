#include "gigamap/core/nearest_duct.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>

#include "gigamap/core/error.h"
#include "gigamap/core/exact_distance.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/polyline.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/str_tree.h"
#include "parallel_work.h"

namespace gigamap::core {
namespace {

struct Duct {
    std::string ref;
    Geometry geometry;
    Polyline shape;
};

// Of the candidates (in fid order) and their GEOS distances, the nearest:
// where GEOS's distances lie within rounding of the least, they are compared
// exactly, so that ducts exactly as far (collinear ducts in one trench, say)
// tie and the lowest fid wins, as PostGIS's ORDER BY distance, fid does.
std::pair<std::size_t, double> nearestOf(
    const GeosContext& context, const Geometry& point,
    const std::vector<std::pair<std::size_t, double>>& candidates, const std::vector<Duct>& ducts) {
    double least = std::numeric_limits<double>::infinity();
    for (const auto& candidate : candidates) {
        least = std::min(least, candidate.second);
    }
    const double band = tieBand(least);
    std::optional<std::pair<std::size_t, double>> winner;
    for (const auto& candidate : candidates) {
        if (candidate.second > least + band) {
            continue;
        }
        if (!winner || compareDistances(context, point, ducts[candidate.first].geometry,
                                        ducts[winner->first].geometry) < 0) {
            winner = candidate;
        }
    }
    return *winner;
}

void requirePercentageField(const std::string& metric) {
    const FieldSpec* field = layerSchema("postcodes").field(metric);
    if (field == nullptr || field->type != FieldType::Real || !metric.ends_with("_pct")) {
        throw AnalysisError(
            fmt::format("'{}' is not a percentage field of postcodes (e.g. gigabit_pct, "
                        "full_fibre_pct, sfbb_pct)",
                        metric));
    }
}

}  // namespace

NearestDuctResult NearestDuct::run(const NearestDuctOptions& options, Feedback* feedback) {
    requirePercentageField(options.metric);
    const GeosContext geos;
    std::vector<Duct> ducts;
    {
        auto stmt = project_.database().prepare(
            "SELECT coalesce(ref, ''), AsBinary(geom) FROM ducts WHERE status = ? AND geom IS NOT "
            "NULL "
            "ORDER BY fid");
        stmt.bind(1, std::string_view(options.status));
        while (stmt.step()) {
            Geometry geometry = geos.readWkb(stmt.columnBlob(1));
            Polyline shape(geometry);
            ducts.push_back({stmt.columnText(0), std::move(geometry), std::move(shape)});
        }
    }
    if (ducts.empty()) {
        throw AnalysisError(
            fmt::format("the project has no ducts with status '{}'", options.status));
    }
    StrTree tree(geos);
    for (std::size_t i = 0; i < ducts.size(); ++i) {
        tree.insert(ducts[i].geometry, i);
    }

    tree.build();

    struct Underserved {
        std::string postcode;
        Coordinate where;
    };
    std::vector<Underserved> postcodes;
    {
        // The metric is a checked field name, never user text in SQL; the threshold is bound.
        auto stmt = project_.database().prepare(
            fmt::format("SELECT postcode, AsBinary(geom) FROM postcodes WHERE \"{}\" < ? AND geom "
                        "IS NOT NULL ORDER BY fid",
                        options.metric));
        stmt.bind(1, options.below);
        while (stmt.step()) {
            const auto where = wkbPointCoordinate(stmt.columnBlob(1));
            postcodes.push_back(
                {stmt.columnText(0),
                 where ? *where : geos.readWkb(stmt.columnBlob(1)).coordinates().at(0)});
        }
    }

    // Each postcode's nearest duct, on all cores.
    ThreadContexts contexts;
    ParallelProgress progress(feedback, postcodes.size(), 10.0, 95.0,
                              "nearest duct analysis cancelled; nothing was written");
    NearestDuctResult result;
    result.rows = collectInParallel<NearestDuctRow>(
        postcodes.size(), contexts, progress,
        [&](std::size_t i, const GeosContext& context, std::vector<NearestDuctRow>& out) {
            const Coordinate& where = postcodes[i].where;
            const Geometry point = context.point(where.x, where.y);
            const auto distanceTo = [&](std::size_t duct) {
                return ducts[duct].shape.distanceTo(where);
            };
            const auto nearest = tree.nearest(point, distanceTo);
            if (!nearest) {
                return;
            }
            // Every duct whose box lies within the nearest distance competes.
            // Widened by the tie band, so that a duct exactly as far whose
            // computed distance rounds up is still a candidate.
            const double nearestDistance = distanceTo(*nearest);
            const double radius = nearestDistance + tieBand(nearestDistance);
            std::vector<std::pair<std::size_t, double>> candidates;
            for (const std::size_t candidate : tree.query(context.box(
                     {where.x - radius, where.y - radius, where.x + radius, where.y + radius}))) {
                candidates.emplace_back(candidate, distanceTo(candidate));
            }
            const auto [winner, best] = nearestOf(context, point, candidates, ducts);
            out.push_back({postcodes[i].postcode, best, ducts[winner].ref});
        },
        256);
    std::sort(
        result.rows.begin(), result.rows.end(),
        [](const NearestDuctRow& a, const NearestDuctRow& b) { return a.postcode < b.postcode; });
    for (const auto& row : result.rows) {  // summed in postcode order: reproducible
        result.sum += row.distance;
        result.max = std::max(result.max, row.distance);
    }
    result.mean = result.rows.empty() ? 0.0 : result.sum / static_cast<double>(result.rows.size());
    if (feedback != nullptr) {
        feedback->setProgress(100.0);
    }
    return result;
}

}  // namespace gigamap::core

#include "gigamap/core/nearest_duct.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <limits>

#include "gigamap/core/error.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/str_tree.h"

namespace gigamap::core {
namespace {

constexpr std::size_t kProgressEvery = 4096;

struct Duct {
    std::string ref;
    Geometry geometry;
};

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
            ducts.push_back({stmt.columnText(0), geos.readWkb(stmt.columnBlob(1))});
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

    NearestDuctResult result;
    // The metric is a checked field name, never user text in SQL; the threshold is bound.
    auto stmt = project_.database().prepare(
        fmt::format("SELECT postcode, AsBinary(geom) FROM postcodes WHERE \"{}\" < ? AND geom IS "
                    "NOT NULL ORDER BY fid",
                    options.metric));
    stmt.bind(1, options.below);
    std::size_t done = 0;
    while (stmt.step()) {
        if (++done % kProgressEvery == 0 && feedback != nullptr && feedback->isCancelled()) {
            throw CancelledError("nearest duct analysis cancelled; nothing was written");
        }
        const Geometry point = geos.readWkb(stmt.columnBlob(1));
        const auto nearest =
            tree.nearest(point, [&](std::size_t i) { return ducts[i].geometry.distance(point); });
        if (!nearest) {
            continue;
        }
        // Every duct whose box lies within the nearest distance competes; equal
        // distances go to the lowest fid (candidates come in fid order).
        const double radius = ducts[*nearest].geometry.distance(point);
        const auto centre = point.envelope();
        double best = std::numeric_limits<double>::infinity();
        std::size_t winner = *nearest;
        for (const std::size_t candidate :
             tree.query(geos.box({centre.minX - radius, centre.minY - radius, centre.maxX + radius,
                                  centre.maxY + radius}))) {
            const double d = ducts[candidate].geometry.distance(point);
            if (d < best) {
                best = d;
                winner = candidate;
            }
        }
        result.rows.push_back({stmt.columnText(0), best, ducts[winner].ref});
        result.sum += best;
        result.max = std::max(result.max, best);
    }
    std::sort(
        result.rows.begin(), result.rows.end(),
        [](const NearestDuctRow& a, const NearestDuctRow& b) { return a.postcode < b.postcode; });
    result.mean = result.rows.empty() ? 0.0 : result.sum / static_cast<double>(result.rows.size());
    if (feedback != nullptr) {
        feedback->setProgress(100.0);
    }
    return result;
}

}  // namespace gigamap::core

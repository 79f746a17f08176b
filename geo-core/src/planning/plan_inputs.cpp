#include "plan_inputs.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <set>

#include "gigamap/core/day_range.h"
#include "gigamap/core/error.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/postcode.h"
#include "gigamap/core/project.h"
#include "gigamap/core/section_58.h"
#include "gigamap/core/sqlite_database.h"

namespace gigamap::core::planning {
namespace {

std::optional<std::int64_t> optionalInteger(const SqliteStatement& stmt, int column) {
    return stmt.isNull(column) ? std::nullopt : std::optional(stmt.columnInt64(column));
}

bool inWindow(const PlanOptions& options, const std::string& start, const std::string& end) {
    const auto days = DayRange::fromIso(start, end);
    return options.window && days && days->overlaps(*options.window);
}

Wkb blobOf(const SqliteStatement& stmt, int column) {
    const auto blob = stmt.columnBlob(column);
    return {blob.begin(), blob.end()};
}

void readTargets(Project& project, const PlanOptions& options, PlanInputs& inputs) {
    const auto& postcodes = layerSchema("postcodes");
    const FieldSpec* metric = postcodes.field(options.metric);
    if (metric == nullptr || metric->type != FieldType::Real) {
        throw ImportError(
            fmt::format("--metric {}: the postcodes layer has no such numeric field (for example "
                        "gigabit_pct, full_fibre_pct, ufbb_pct, sfbb_pct)",
                        options.metric));
    }
    std::string sql = fmt::format(
        "SELECT postcode, coalesce(all_premises, 0), X(geom), Y(geom) FROM postcodes p "
        "WHERE geom IS NOT NULL AND coalesce(all_premises, 0) > 0");
    if (options.targets != PlanOptions::Targets::Selection) {
        sql += fmt::format(" AND {} < ?1", options.metric);  // the name is checked above
    }
    if (options.targets == PlanOptions::Targets::Ward) {
        auto ward = project.database().prepare(
            "SELECT count(*) FROM boundaries WHERE kind = 'ward' AND code = ?1");
        ward.bind(1, options.ward);
        if (!ward.step() || ward.columnInt64(0) == 0) {
            throw ImportError(fmt::format(
                "--targets ward:{}: the project has no ward with that code", options.ward));
        }
        sql +=
            " AND EXISTS (SELECT 1 FROM boundaries b WHERE b.kind = 'ward' AND b.code = ?2 "
            "AND ST_Intersects(b.geom, p.geom) AND b.fid IN (SELECT rowid FROM SpatialIndex "
            "WHERE f_table_name = 'boundaries' AND search_frame = p.geom))";
    }
    sql += " ORDER BY postcode, fid";
    auto stmt = project.database().prepare(sql);
    if (options.targets != PlanOptions::Targets::Selection) {
        stmt.bind(1, options.below);
    }
    if (options.targets == PlanOptions::Targets::Ward) {
        stmt.bind(2, options.ward);
    }
    std::set<std::string> wanted;
    for (const auto& postcode : options.selection) {
        wanted.insert(normalisePostcode(postcode).value_or(postcode));
    }
    std::set<std::string> found;
    while (stmt.step()) {
        std::string postcode = stmt.columnText(0);
        if (options.targets == PlanOptions::Targets::Selection && wanted.count(postcode) == 0) {
            continue;
        }
        found.insert(postcode);
        inputs.targets.push_back({std::move(postcode),
                                  stmt.columnInt64(1),
                                  {stmt.columnDouble(2), stmt.columnDouble(3)}});
    }
    if (options.targets == PlanOptions::Targets::Selection) {
        for (const auto& postcode : wanted) {
            if (found.count(postcode) == 0) {
                throw ImportError(fmt::format(
                    "the selection names postcode {}, which the project does not have (or it "
                    "has no premises or no position)",
                    postcode));
            }
        }
    }
}

}  // namespace

PlanInputs readPlanInputs(Project& project, const GeosContext& geos, const PlanOptions& options) {
    PlanInputs inputs;
    auto& db = project.database();
    {
        auto stmt = db.prepare(
            "SELECT fid, usrn, coalesce(name, ''), coalesce(road_class, ''), "
            "coalesce(surface, ''), AsBinary(geom) FROM roads WHERE geom IS NOT NULL ORDER BY fid");
        while (stmt.step()) {
            const Geometry line = geos.readWkb(stmt.columnBlob(5));
            RoadLine road{stmt.columnInt64(0), optionalInteger(stmt, 1), stmt.columnText(2),
                          stmt.columnText(3),  stmt.columnText(4),       {}};
            if (line.kind() == GeometryKind::MultiLineString) {
                for (int part = 0; part < line.partCount(); ++part) {
                    road.points = line.part(part).coordinates();
                    inputs.roads.push_back(road);
                }
            } else {
                road.points = line.coordinates();
                inputs.roads.push_back(std::move(road));
            }
        }
    }
    readTargets(project, options, inputs);
    {
        std::vector<std::string> kinds;
        if (options.fromExchanges) {
            kinds.insert(kinds.end(), {"'exchange'", "'digital_exchange'"});
        }
        if (options.fromCabinets) {
            kinds.emplace_back("'cabinet'");
        }
        if (!kinds.empty()) {
            auto stmt = db.prepare(fmt::format(
                "SELECT kind, coalesce(name, ''), X(geom), Y(geom) FROM nodes "
                "WHERE geom IS NOT NULL AND kind IN ({}) AND coalesce(status, 'existing') "
                "NOT IN ('abandoned', 'proposed', 'planned') ORDER BY fid",
                fmt::join(kinds, ", ")));
            while (stmt.step()) {
                inputs.sourcePoints.push_back(
                    {fmt::format("{} {}", stmt.columnText(0), stmt.columnText(1)),
                     0,
                     {stmt.columnDouble(2), stmt.columnDouble(3)}});
            }
        }
    }
    {
        auto stmt = db.prepare(
            "SELECT coalesce(ref, 'fid ' || fid), AsBinary(geom) FROM ducts "
            "WHERE status = 'existing' AND geom IS NOT NULL ORDER BY fid");
        while (stmt.step()) {
            inputs.existingDucts.push_back({stmt.columnText(0), blobOf(stmt, 1)});
        }
    }
    if (options.window) {
        auto works = db.prepare(
            "SELECT coalesce(work_reference_number, 'fid ' || fid), start_date, end_date, "
            "AsBinary(geom) FROM street_works WHERE coalesce(is_active, 1) <> 0 "
            "AND geom IS NOT NULL ORDER BY fid");
        while (works.step()) {
            if (inWindow(options, works.columnText(1), works.columnText(2))) {
                inputs.works.push_back({works.columnText(0), blobOf(works, 3)});
            }
        }
        // Street Manager's closed and cancelled Section 58s block nothing (One Dig alike).
        auto restrictions = db.prepare(fmt::format(
            "SELECT coalesce(reference, 'fid ' || fid), start_date, end_date, AsBinary(geom) "
            "FROM restrictions WHERE kind IN ('s58', 's58a') AND geom IS NOT NULL AND {} "
            "ORDER BY fid",
            kSection58OpenSql));
        while (restrictions.step()) {
            if (inWindow(options, restrictions.columnText(1), restrictions.columnText(2))) {
                inputs.restrictions.push_back(
                    {restrictions.columnText(0), blobOf(restrictions, 3)});
            }
        }
    }
    return inputs;
}

}  // namespace gigamap::core::planning

#include "gigamap/core/one_dig.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "gigamap/core/error.h"
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

constexpr char kCancelled[] = "One Dig analysis cancelled; nothing was written";

std::optional<std::int64_t> optionalInteger(const SqliteStatement& stmt, int column) {
    return stmt.isNull(column) ? std::nullopt : std::optional(stmt.columnInt64(column));
}

// What every layer's item carries: its dates, its geometry and that geometry's box.
struct Located {
    DayRange days;
    Geometry geometry;
    BoundingBox box;
};

struct Work {
    std::string reference;
    std::optional<std::int64_t> usrn;
    std::string promoter;
    Located where;
};

struct PlannedDuct {
    std::string ref;
    Located where;
};

struct Restriction {
    std::optional<std::int64_t> usrn;
    Located where;
};

// Rows of `sql` whose date columns (`startColumn`, the next one) make a range
// and whose geometry (the last column, as WKB) is not empty, made into items by
// `make(statement, located)`, in the query's order (fid).
template <typename Item, typename Make>
std::vector<Item> load(Project& project, const GeosContext& geos, const std::string& sql,
                       int startColumn, Make make) {
    std::vector<Item> items;
    auto stmt = project.database().prepare(sql);
    const int geometryColumn = startColumn + 2;
    while (stmt.step()) {
        const auto days =
            DayRange::fromIso(stmt.columnText(startColumn), stmt.columnText(startColumn + 1));
        if (!days || stmt.isNull(geometryColumn)) {
            continue;
        }
        Geometry geometry = geos.readWkb(stmt.columnBlob(geometryColumn));
        if (geometry.isEmpty()) {
            continue;
        }
        const BoundingBox box = geometry.envelope();
        items.push_back(make(stmt, Located{*days, std::move(geometry), box}));
    }
    return items;
}

BoundingBox grown(const BoundingBox& box, double by) {
    return {box.minX - by, box.minY - by, box.maxX + by, box.maxY + by};
}

template <typename Item>
void insertAll(StrTree& tree, const std::vector<Item>& items) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        tree.insert(items[i].where.geometry, i);
    }
    tree.build();
}

bool isPolygonal(const Geometry& geometry) {
    const auto kind = geometry.kind();
    return kind == GeometryKind::Polygon || kind == GeometryKind::MultiPolygon;
}

}  // namespace

OneDigResult OneDig::run(const OneDigOptions& options, Feedback* feedback) {
    if (!(options.distance >= 0.0)) {
        throw AnalysisError(
            fmt::format("the One Dig distance must be 0 m or more, not {}", options.distance));
    }
    const double limit = options.distance;
    ThreadContexts contexts;  // outlives every geometry the workers make
    const GeosContext geos;

    const auto works = load<Work>(
        project_, geos,
        "SELECT coalesce(work_reference_number, ''), usrn, coalesce(promoter_organisation, ''), "
        "start_date, end_date, AsBinary(geom) FROM street_works "
        "WHERE coalesce(is_active, 1) <> 0 ORDER BY fid",
        3, [](const SqliteStatement& s, Located located) {
            return Work{s.columnText(0), optionalInteger(s, 1), s.columnText(2),
                        std::move(located)};
        });
    const auto ducts = load<PlannedDuct>(
        project_, geos,
        "SELECT coalesce(ref, ''), planned_start, planned_end, AsBinary(geom) FROM ducts "
        "WHERE status IN ('planned', 'proposed') ORDER BY fid",
        1, [](const SqliteStatement& s, Located located) {
            return PlannedDuct{s.columnText(0), std::move(located)};
        });
    const auto restrictions =
        load<Restriction>(project_, geos,
                          "SELECT usrn, start_date, end_date, AsBinary(geom) FROM restrictions "
                          "WHERE kind IN ('s58', 's58a') ORDER BY fid",
                          1, [](const SqliteStatement& s, Located located) {
                              return Restriction{optionalInteger(s, 0), std::move(located)};
                          });
    if (feedback != nullptr) {
        feedback->setProgress(10.0);
    }

    StrTree worksTree(geos);
    insertAll(worksTree, works);
    StrTree restrictionsTree(geos);
    insertAll(restrictionsTree, restrictions);

    OneDigResult result;
    result.works = works.size();
    result.plannedDucts = ducts.size();
    result.restrictions = restrictions.size();

    ParallelProgress progress(feedback, works.size() + 2 * ducts.size(), 10.0, 100.0, kCancelled);
    result.opportunities = collectInParallel<DigOpportunity>(
        ducts.size(), contexts, progress,
        [&](std::size_t d, const GeosContext& context, std::vector<DigOpportunity>& out) {
            const PlannedDuct& duct = ducts[d];
            const Geometry near = context.box(grown(duct.where.box, limit));
            for (const std::size_t w : worksTree.query(near)) {
                const Work& work = works[w];
                if (!work.where.days.overlaps(duct.where.days)) {
                    continue;
                }
                if (const auto distance =
                        distanceWithin(context, work.where.geometry, duct.where.geometry, limit)) {
                    out.push_back({work.reference, duct.ref, *distance,
                                   work.where.days.overlap(duct.where.days), work.usrn,
                                   work.promoter});
                }
            }
        },
        1);
    result.conflicts = collectInParallel<WorksConflict>(
        works.size(), contexts, progress,
        [&](std::size_t a, const GeosContext& context, std::vector<WorksConflict>& out) {
            const Work& first = works[a];
            const Geometry near = context.box(grown(first.where.box, limit));
            for (const std::size_t b : worksTree.query(near)) {
                const Work& second = works[b];
                if (b <= a || !first.where.days.overlaps(second.where.days)) {
                    continue;
                }
                if (const auto distance = distanceWithin(context, first.where.geometry,
                                                         second.where.geometry, limit)) {
                    out.push_back({first.reference, second.reference, *distance,
                                   first.where.days.overlap(second.where.days), first.usrn,
                                   second.usrn});
                }
            }
        });
    result.blocked = collectInParallel<BlockedDig>(
        ducts.size(), contexts, progress,
        [&](std::size_t d, const GeosContext& context, std::vector<BlockedDig>& out) {
            const PlannedDuct& duct = ducts[d];
            const Geometry near = context.box(duct.where.box);
            for (const std::size_t r : restrictionsTree.query(near)) {
                const Restriction& restriction = restrictions[r];
                if (!restriction.where.days.overlaps(duct.where.days) ||
                    !distanceWithin(context, duct.where.geometry, restriction.where.geometry,
                                    0.0)) {
                    continue;
                }
                const double length =
                    isPolygonal(restriction.where.geometry)
                        ? intersection(context, duct.where.geometry, restriction.where.geometry)
                              .length()
                        : duct.where.geometry.length();
                out.push_back({duct.ref, restriction.usrn, restriction.where.days, length});
            }
        },
        1);

    std::sort(result.opportunities.begin(), result.opportunities.end(),
              [](const DigOpportunity& x, const DigOpportunity& y) {
                  return std::tie(x.workReference, x.ductRef, x.distance) <
                         std::tie(y.workReference, y.ductRef, y.distance);
              });
    std::sort(result.conflicts.begin(), result.conflicts.end(),
              [](const WorksConflict& x, const WorksConflict& y) {
                  return std::tie(x.workReferenceA, x.workReferenceB, x.distance) <
                         std::tie(y.workReferenceA, y.workReferenceB, y.distance);
              });
    std::sort(
        result.blocked.begin(), result.blocked.end(), [](const BlockedDig& x, const BlockedDig& y) {
            return std::tie(x.ductRef, x.usrn, x.restriction.start, x.restriction.end, x.length) <
                   std::tie(y.ductRef, y.usrn, y.restriction.start, y.restriction.end, y.length);
        });
    if (feedback != nullptr) {
        feedback->setProgress(100.0);
    }
    return result;
}

Geometry sharedTrench(const GeosContext& context, const Geometry& duct, const Geometry& work,
                      double distance) {
    return intersection(context, duct, buffer(context, work, distance));
}

}  // namespace gigamap::core

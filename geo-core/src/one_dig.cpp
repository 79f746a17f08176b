#include "gigamap/core/one_dig.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>
#include <variant>

#include "gigamap/core/error.h"
#include "gigamap/core/exact_distance.h"
#include "gigamap/core/feedback.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/overlay.h"
#include "gigamap/core/project.h"
#include "gigamap/core/section_58.h"
#include "gigamap/core/sqlite_database.h"
#include "gigamap/core/str_tree.h"
#include "gigamap/core/working_days.h"
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
    std::string owner;
    WorkCategory category;
    Located where;
};

struct Restriction {
    std::string reference;
    std::string kind;
    std::string status;
    std::optional<std::int64_t> usrn;
    std::string streetName;
    Located where;

    // Closed and cancelled restrictions block nothing; proposed ones are
    // only last chances.
    [[nodiscard]] bool isOpen() const { return section58IsOpen(status); }
    [[nodiscard]] bool blocks() const { return isOpen() && (kind == "s58" || kind == "s58a"); }
};

// A postcode lacking gigabit: its premises without it.
struct LackingPostcode {
    double premises;
    Located where;
};

std::string promoterKey(const std::string& promoter) {
    std::string key;
    for (const char c : promoter) {
        key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    const auto first = key.find_first_not_of(" \t");
    return first == std::string::npos ? std::string{}
                                      : key.substr(first, key.find_last_not_of(" \t") - first + 1);
}

// Promoters compared ignoring case and surrounding spaces, one key per item.
template <typename Item, typename Promoter>
std::vector<std::string> promoterKeys(const std::vector<Item>& items, Promoter promoter) {
    std::vector<std::string> keys;
    keys.reserve(items.size());
    for (const auto& item : items) {
        keys.push_back(promoterKey(promoter(item)));
    }
    return keys;
}

// Days from the end of the earlier range to the start of the later; 0 when they overlap.
int daysApart(const DayRange& a, const DayRange& b) {
    if (a.overlaps(b)) {
        return 0;
    }
    return a.end < b.start ? b.start - a.end : a.start - b.end;
}

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

std::vector<LackingPostcode> lackingPostcodes(Project& project, const GeosContext& geos) {
    std::vector<LackingPostcode> items;
    auto stmt = project.database().prepare(
        "SELECT all_premises * (1.0 - gigabit_pct / 100.0), AsBinary(geom) FROM postcodes "
        "WHERE all_premises > 0 AND gigabit_pct < 100 AND geom IS NOT NULL ORDER BY fid");
    while (stmt.step()) {
        Geometry geometry = geos.readWkb(stmt.columnBlob(1));
        if (geometry.isEmpty()) {
            continue;
        }
        const BoundingBox box = geometry.envelope();
        items.push_back({stmt.columnDouble(0), Located{{}, std::move(geometry), box}});
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
    if (options.gapDays < 0) {
        throw AnalysisError(
            fmt::format("the near-miss gap must be 0 days or more, not {}", options.gapDays));
    }
    const int gap = options.gapDays;
    const WorkingDays& calendar = WorkingDays::englandAndWales();
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
        "SELECT coalesce(ref, ''), coalesce(owner, ''), coalesce(work_category, ''), "
        "planned_start, planned_end, AsBinary(geom) FROM ducts "
        "WHERE status IN ('planned', 'proposed') ORDER BY fid",
        3, [](const SqliteStatement& s, Located located) {
            return PlannedDuct{
                s.columnText(0), s.columnText(1),
                workCategoryFromText(s.columnText(2)).value_or(WorkCategory::Standard),
                std::move(located)};
        });
    const auto restrictions = load<Restriction>(
        project_, geos,
        fmt::format("SELECT coalesce(reference, ''), kind, {}, usrn, coalesce(street_name, ''), "
                    "start_date, end_date, AsBinary(geom) FROM restrictions "
                    "WHERE kind IN ('s58', 's58a', 'proposed_s58') ORDER BY fid",
                    kSection58StatusSql),
        5, [](const SqliteStatement& s, Located located) {
            return Restriction{s.columnText(0),       s.columnText(1), s.columnText(2),
                               optionalInteger(s, 3), s.columnText(4), std::move(located)};
        });
    const auto postcodes = lackingPostcodes(project_, geos);
    // Two unknown (empty) promoters are the same as far as anyone can tell.
    const auto workPromoters = promoterKeys(works, [](const Work& w) { return w.promoter; });
    const auto ductOwners = promoterKeys(ducts, [](const PlannedDuct& d) { return d.owner; });
    if (feedback != nullptr) {
        feedback->setProgress(10.0);
    }

    StrTree worksTree(geos);
    insertAll(worksTree, works);
    StrTree restrictionsTree(geos);
    insertAll(restrictionsTree, restrictions);
    StrTree ductsTree(geos);
    insertAll(ductsTree, ducts);
    StrTree postcodesTree(geos);
    insertAll(postcodesTree, postcodes);

    OneDigResult result;
    result.works = works.size();
    result.plannedDucts = ducts.size();
    result.restrictions = static_cast<std::size_t>(std::count_if(
        restrictions.begin(), restrictions.end(), [](const Restriction& r) { return r.blocks(); }));
    result.gapDays = gap;

    // Near in time: overlapping (one dig) or within the gap (a near miss).
    const auto nearInTime = [gap](const DayRange& a, const DayRange& b) {
        return a.overlaps(b) || daysApart(a, b) <= gap;
    };

    ParallelProgress progress(feedback, works.size() + 2 * ducts.size() + restrictions.size(), 10.0,
                              100.0, kCancelled);
    using DuctPair = std::variant<DigOpportunity, NearMiss>;
    const auto ductPairs = collectInParallel<DuctPair>(
        ducts.size(), contexts, progress,
        [&](std::size_t d, const GeosContext& context, std::vector<DuctPair>& out) {
            const PlannedDuct& duct = ducts[d];
            const Geometry near = context.box(grown(duct.where.box, limit));
            for (const std::size_t w : worksTree.query(near)) {
                const Work& work = works[w];
                const bool overlaps = work.where.days.overlaps(duct.where.days);
                if (!nearInTime(work.where.days, duct.where.days) ||
                    (!overlaps && workPromoters[w] == ductOwners[d])) {
                    continue;
                }
                const auto distance =
                    distanceWithin(context, work.where.geometry, duct.where.geometry, limit);
                if (!distance) {
                    continue;
                }
                if (overlaps) {
                    const DayRange shared = work.where.days.overlap(duct.where.days);
                    const int joinBy = applyBy(duct.category, shared.start, calendar);
                    out.emplace_back(DigOpportunity{work.reference, duct.ref, *distance, shared,
                                                    work.usrn, work.promoter, duct.category, joinBy,
                                                    options.today && joinBy < *options.today});
                } else {
                    out.emplace_back(
                        NearMiss{work.reference, duct.ref, true, work.promoter, duct.owner,
                                 *distance, work.where.days, duct.where.days,
                                 daysApart(work.where.days, duct.where.days), work.usrn});
                }
            }
        },
        1);
    for (const auto& pair : ductPairs) {
        if (const auto* opportunity = std::get_if<DigOpportunity>(&pair)) {
            result.opportunities.push_back(*opportunity);
        } else {
            result.nearMisses.push_back(std::get<NearMiss>(pair));
        }
    }
    using WorksPair = std::variant<WorksConflict, NearMiss>;
    const auto worksPairs = collectInParallel<WorksPair>(
        works.size(), contexts, progress,
        [&](std::size_t a, const GeosContext& context, std::vector<WorksPair>& out) {
            const Work& first = works[a];
            const Geometry near = context.box(grown(first.where.box, limit));
            for (const std::size_t b : worksTree.query(near)) {
                const Work& second = works[b];
                if (b <= a || !nearInTime(first.where.days, second.where.days)) {
                    continue;
                }
                const bool overlaps = first.where.days.overlaps(second.where.days);
                if (!overlaps && workPromoters[a] == workPromoters[b]) {
                    continue;
                }
                const auto distance =
                    distanceWithin(context, first.where.geometry, second.where.geometry, limit);
                if (!distance) {
                    continue;
                }
                if (overlaps) {
                    out.emplace_back(WorksConflict{first.reference, second.reference, *distance,
                                                   first.where.days.overlap(second.where.days),
                                                   first.usrn, second.usrn});
                } else {
                    out.emplace_back(
                        NearMiss{first.reference, second.reference, false, first.promoter,
                                 second.promoter, *distance, first.where.days, second.where.days,
                                 daysApart(first.where.days, second.where.days), first.usrn});
                }
            }
        });
    for (const auto& pair : worksPairs) {
        if (const auto* conflict = std::get_if<WorksConflict>(&pair)) {
            result.conflicts.push_back(*conflict);
        } else {
            result.nearMisses.push_back(std::get<NearMiss>(pair));
        }
    }
    result.blocked = collectInParallel<BlockedDig>(
        ducts.size(), contexts, progress,
        [&](std::size_t d, const GeosContext& context, std::vector<BlockedDig>& out) {
            const PlannedDuct& duct = ducts[d];
            const Geometry near = context.box(duct.where.box);
            for (const std::size_t r : restrictionsTree.query(near)) {
                const Restriction& restriction = restrictions[r];
                if (!restriction.blocks() || !restriction.where.days.overlaps(duct.where.days) ||
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

    result.lastChances = collectInParallel<LastChance>(
        restrictions.size(), contexts, progress,
        [&](std::size_t r, const GeosContext& context, std::vector<LastChance>& out) {
            const Restriction& restriction = restrictions[r];
            if (!restriction.isOpen()) {
                return;
            }
            LastChance chance{restriction.reference,
                              restriction.kind,
                              restriction.status,
                              restriction.usrn,
                              restriction.streetName,
                              restriction.where.days,
                              {},
                              0,
                              0.0};
            for (const std::size_t d : ductsTree.query(context.box(restriction.where.box))) {
                if (distanceWithin(context, ducts[d].where.geometry, restriction.where.geometry,
                                   0.0)) {
                    chance.ducts.push_back(ducts[d].ref);
                }
            }
            std::sort(chance.ducts.begin(), chance.ducts.end());
            const Geometry near = context.box(grown(restriction.where.box, limit));
            for (const std::size_t p : postcodesTree.query(near)) {
                if (distanceWithin(context, postcodes[p].where.geometry, restriction.where.geometry,
                                   limit)) {
                    ++chance.postcodes;
                    chance.premisesLackingGigabit += postcodes[p].premises;
                }
            }
            out.push_back(std::move(chance));
        },
        1);

    std::map<std::pair<std::string, std::string>, std::size_t> pairs;
    for (const auto& miss : result.nearMisses) {
        auto names = std::minmax(miss.promoterA, miss.promoterB);
        ++pairs[{names.first, names.second}];
    }
    for (const auto& [names, count] : pairs) {
        result.nearMissesByPromoters.push_back({names.first, names.second, count});
    }
    std::stable_sort(result.nearMissesByPromoters.begin(), result.nearMissesByPromoters.end(),
                     [](const PromoterPairCount& x, const PromoterPairCount& y) {
                         return x.nearMisses > y.nearMisses;
                     });
    std::sort(result.nearMisses.begin(), result.nearMisses.end(),
              [](const NearMiss& x, const NearMiss& y) {
                  return std::tie(x.referenceA, x.bIsDuct, x.referenceB, x.distance) <
                         std::tie(y.referenceA, y.bIsDuct, y.referenceB, y.distance);
              });
    std::sort(result.lastChances.begin(), result.lastChances.end(),
              [](const LastChance& x, const LastChance& y) {
                  return std::tie(x.days.start, x.reference, x.days.end) <
                         std::tie(y.days.start, y.reference, y.days.end);
              });
    std::sort(result.opportunities.begin(), result.opportunities.end(),
              [](const DigOpportunity& x, const DigOpportunity& y) {
                  return std::tie(x.joinBy, x.workReference, x.ductRef, x.distance) <
                         std::tie(y.joinBy, y.workReference, y.ductRef, y.distance);
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

#include "gigamap/core/snapper.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"

namespace gigamap::core {
namespace {

std::string textOf(const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* number = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*number);
    }
    return {};
}

// The best candidate of one kind: nearest, ties to the lowest fid (visited first).
struct Best {
    std::optional<SnapMatch> match;
    double distance2 = std::numeric_limits<double>::infinity();

    void offer(SnapMatch candidate, double d2) {
        if (d2 < distance2) {
            distance2 = d2;
            match = std::move(candidate);
        }
    }
};

}  // namespace

Snapper::Snapper(Project& project) : project_(project) {}

std::optional<Snapper::PointHit> Snapper::nearestPoint(const std::string& table,
                                                       const Coordinate& point, double tolerance,
                                                       const Exclusions& exclude) const {
    FeatureTable& layer = project_.layer(table);
    std::optional<PointHit> best;
    double limit2 = tolerance * tolerance;
    for (const auto fid : layer.idsInBox({point.x - tolerance, point.y - tolerance,
                                          point.x + tolerance, point.y + tolerance})) {
        if (exclude.contains({table, fid})) {
            continue;
        }
        auto feature = layer.read(fid);
        const auto at = feature ? wkbPointCoordinate(feature->geometry) : std::nullopt;
        if (!at || squaredDistance(*at, point) > limit2 ||
            (best && squaredDistance(*at, point) >= best->distance2)) {
            continue;
        }
        best = PointHit{std::move(*feature), *at, squaredDistance(*at, point)};
        limit2 = best->distance2;
    }
    return best;
}

std::optional<SnapMatch> Snapper::snap(const Coordinate& point, double tolerance,
                                       const Exclusions& exclude) const {
    Best points;
    for (const auto& [table, kind] : {std::pair{std::string("chambers"), SnapMatch::Kind::Chamber},
                                      std::pair{std::string("nodes"), SnapMatch::Kind::Node}}) {
        const auto hit = nearestPoint(table, point, tolerance, exclude);
        if (!hit) {
            continue;
        }
        const std::string name = textOf(hit->feature.attribute(
            kind == SnapMatch::Kind::Chamber ? std::string("ref") : std::string("name")));
        std::string label = kind == SnapMatch::Kind::Chamber
                                ? fmt::format("chamber {}", name.empty() ? "(no ref)" : name)
                                : fmt::format("{} {}", textOf(hit->feature.attribute("kind")),
                                              name.empty() ? "(no name)" : name);
        std::replace(label.begin(), label.end(), '_', ' ');
        points.offer({kind, table, hit->feature.fid, hit->at, 0, std::move(label)}, hit->distance2);
    }
    if (points.match) {
        return points.match;
    }
    return snapToDucts(point, tolerance, exclude);
}

std::optional<SnapMatch> Snapper::snapToDucts(const Coordinate& point, double tolerance,
                                              const Exclusions& exclude) const {
    const BoundingBox box{point.x - tolerance, point.y - tolerance, point.x + tolerance,
                          point.y + tolerance};
    const double limit2 = tolerance * tolerance;
    Best ends;
    Best vertices;
    Best segments;
    FeatureTable& ducts = project_.layer("ducts");
    const GeosContext geos;
    for (const auto fid : ducts.idsInBox(box)) {
        if (exclude.contains({"ducts", fid})) {
            continue;
        }
        const auto duct = ducts.read(fid);
        if (!duct || duct->geometry.empty()) {
            continue;
        }
        const auto line = geos.readWkb(duct->geometry).coordinates();
        const std::string ref = textOf(duct->attribute("ref"));
        const std::string name = ref.empty() ? fmt::format("#{}", fid) : ref;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const double d2 = squaredDistance(line[i], point);
            if (d2 > limit2) {
                continue;
            }
            if (i == 0 || i + 1 == line.size()) {
                ends.offer({SnapMatch::Kind::DuctEnd, "ducts", fid, line[i], i,
                            fmt::format("{} of duct {}", i == 0 ? "start" : "end", name)},
                           d2);
            } else {
                vertices.offer({SnapMatch::Kind::DuctVertex, "ducts", fid, line[i], i,
                                fmt::format("vertex {} of duct {}", i + 1, name)},
                               d2);
            }
        }
        for (std::size_t i = 0; i + 1 < line.size(); ++i) {
            const Coordinate on = nearestOnSegment(point, line[i], line[i + 1]);
            const double d2 = squaredDistance(on, point);
            if (d2 <= limit2) {
                segments.offer({SnapMatch::Kind::DuctSegment, "ducts", fid, on, i,
                                fmt::format("duct {}", name)},
                               d2);
            }
        }
    }
    for (Best* best : {&ends, &vertices, &segments}) {
        if (best->match) {
            return best->match;
        }
    }
    return std::nullopt;
}

}  // namespace gigamap::core

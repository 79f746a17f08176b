#include "gigamap/core/network_check.h"

#include <geos_c.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/overlay.h"
#include "gigamap/core/project.h"
#include "gigamap/core/str_tree.h"

namespace gigamap::core {
namespace {

struct Duct {
    std::int64_t fid = 0;
    std::string name;
    Value from;
    Value to;
    std::vector<Coordinate> vertices;
};

struct PointFeature {
    std::int64_t fid = 0;
    Value ref;
    Coordinate at;
};

std::string textOf(const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    return isNull(value) ? std::string("none") : std::string("?");
}

BoundingBox around(const Coordinate& c, double radius) {
    return {c.x - radius, c.y - radius, c.x + radius, c.y + radius};
}

double distance2(const Coordinate& a, const Coordinate& b) {
    return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
}

// The points of `table` within `radius` of `at`, through the layer's spatial index.
std::vector<PointFeature> pointsNear(FeatureTable& table, const Coordinate& at, double radius,
                                     bool withRef) {
    std::vector<PointFeature> found;
    for (const auto fid : table.idsInBox(around(at, radius))) {
        const auto feature = table.read(fid);
        const auto point = feature ? wkbPointCoordinate(feature->geometry) : std::nullopt;
        if (point && distance2(*point, at) <= radius * radius) {
            found.push_back({fid, withRef ? feature->attribute("ref") : Value{}, *point});
        }
    }
    return found;
}

}  // namespace

NetworkCheck::NetworkCheck(Project& project) : project_(project) {}

const char* NetworkCheck::kindName(NetworkProblem::Kind kind) {
    switch (kind) {
        case NetworkProblem::Kind::LooseDuctEnd:
            return "Duct end on no chamber or node";
        case NetworkProblem::Kind::ChambersTooClose:
            return "Chambers too close";
        case NetworkProblem::Kind::OverlappingDucts:
            return "Overlapping ducts";
        case NetworkProblem::Kind::ZeroLengthDuct:
            return "Zero-length duct";
        case NetworkProblem::Kind::ChamberRefMismatch:
            return "Chamber ref disagrees with geometry";
    }
    return "";
}

std::vector<NetworkProblem> NetworkCheck::run() const {
    std::vector<NetworkProblem> problems;
    FeatureTable& ducts = project_.layer("ducts");
    FeatureTable& chambers = project_.layer("chambers");
    FeatureTable& nodes = project_.layer("nodes");
    const GeosContext geos;

    std::vector<Duct> network;
    std::vector<Geometry> lines;
    for (const auto fid : ducts.idsWhere({})) {
        const auto feature = ducts.read(fid);
        if (!feature || feature->geometry.empty()) {
            continue;
        }
        Geometry line = geos.readWkb(feature->geometry);
        const std::string ref = textOf(feature->attribute("ref"));
        network.push_back({fid, ref == "none" ? fmt::format("#{}", fid) : ref,
                           feature->attribute("from_chamber"), feature->attribute("to_chamber"),
                           line.coordinates()});
        lines.push_back(std::move(line));
    }

    for (const Duct& duct : network) {
        const auto& v = duct.vertices;
        if (std::all_of(v.begin(), v.end(), [&](const Coordinate& c) { return c == v.front(); })) {
            problems.push_back({NetworkProblem::Kind::ZeroLengthDuct,
                                fmt::format("Duct {} has no length", duct.name),
                                v.front(),
                                "ducts",
                                {duct.fid}});
            continue;
        }
        for (const bool start : {true, false}) {
            const Coordinate& end = start ? v.front() : v.back();
            const auto onChambers = pointsNear(chambers, end, kOnPoint, true);
            const auto onNodes = pointsNear(nodes, end, kOnPoint, false);
            const char* which = start ? "start" : "end";
            if (onChambers.empty() && onNodes.empty()) {
                problems.push_back(
                    {NetworkProblem::Kind::LooseDuctEnd,
                     fmt::format("The {} of duct {} is on no chamber or node", which, duct.name),
                     end,
                     "ducts",
                     {duct.fid}});
            }
            const Value& named = start ? duct.from : duct.to;
            const Value there = onChambers.empty() ? Value{} : onChambers.front().ref;
            const bool agrees = named == there ||
                                std::any_of(onChambers.begin(), onChambers.end(),
                                            [&](const PointFeature& c) { return c.ref == named; });
            if (!agrees) {
                problems.push_back(
                    {NetworkProblem::Kind::ChamberRefMismatch,
                     fmt::format("Duct {} names {} chamber {} but its {} is on chamber {}",
                                 duct.name, start ? "from" : "to", textOf(named), which,
                                 textOf(there)),
                     end,
                     "ducts",
                     {duct.fid}});
            }
        }
    }

    for (const auto fid : chambers.idsWhere({})) {
        const auto feature = chambers.read(fid);
        const auto at = feature ? wkbPointCoordinate(feature->geometry) : std::nullopt;
        if (!at) {
            continue;
        }
        for (const auto& other : pointsNear(chambers, *at, kMinimumChamberSpacing, true)) {
            // Strictly closer than the spacing, each pair once.
            if (other.fid <= fid ||
                distance2(other.at, *at) >= kMinimumChamberSpacing * kMinimumChamberSpacing) {
                continue;
            }
            problems.push_back({NetworkProblem::Kind::ChambersTooClose,
                                fmt::format("Chambers {} and {} are {:.2f} m apart",
                                            textOf(feature->attribute("ref")), textOf(other.ref),
                                            std::sqrt(distance2(other.at, *at))),
                                *at,
                                "chambers",
                                {fid, other.fid}});
        }
    }

    if (!lines.empty()) {
        StrTree tree(geos);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            tree.insert(lines[i], i);
        }
        const auto handle = static_cast<GEOSContextHandle_t>(geos.handle());
        for (std::size_t i = 0; i < lines.size(); ++i) {
            for (const std::size_t j : tree.query(lines[i])) {
                if (j <= i) {
                    continue;
                }
                const auto* a = static_cast<const GEOSGeometry*>(lines[i].handle());
                const auto* b = static_cast<const GEOSGeometry*>(lines[j].handle());
                // A shared stretch is a one-dimensional interior intersection.
                const char overlap = GEOSRelatePattern_r(handle, a, b, "1********");
                if (overlap == 2) {
                    throw GeometryError("cannot relate two ducts: " + geos.takeLastError());
                }
                if (overlap == 1) {
                    // The middle of the shared stretch, where a planner should look.
                    const BoundingBox shared = intersection(geos, lines[i], lines[j]).envelope();
                    const Coordinate at{(shared.minX + shared.maxX) / 2.0,
                                        (shared.minY + shared.maxY) / 2.0};
                    problems.push_back(
                        {NetworkProblem::Kind::OverlappingDucts,
                         fmt::format("Ducts {} and {} overlap", network[i].name, network[j].name),
                         at,
                         "ducts",
                         {network[i].fid, network[j].fid}});
                }
            }
        }
    }

    std::stable_sort(problems.begin(), problems.end(),
                     [](const NetworkProblem& a, const NetworkProblem& b) {
                         return std::tie(a.kind, a.fids) < std::tie(b.kind, b.fids);
                     });
    return problems;
}

}  // namespace gigamap::core

#include "gigamap/core/network_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <unordered_map>

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

// The chambers or nodes of a layer in memory, bucketed in a grid of 1 m
// cells: the check asks about every duct end and every chamber, and a grid
// answers each in a few lookups instead of a query of the store.
class PointGrid {
public:
    PointGrid(FeatureTable& table, bool withRef) {
        for (const auto fid : table.idsWhere({})) {
            const auto feature = table.read(fid);
            const auto point = feature ? wkbPointCoordinate(feature->geometry) : std::nullopt;
            if (point) {
                cells_[cellOf(*point)].push_back(points_.size());
                points_.push_back({fid, withRef ? feature->attribute("ref") : Value{}, *point});
            }
        }
    }

    [[nodiscard]] const std::vector<PointFeature>& points() const { return points_; }

    // The points within `radius` (at most a cell) of `at`, ascending by fid.
    [[nodiscard]] std::vector<PointFeature> near(const Coordinate& at, double radius) const {
        std::vector<PointFeature> found;
        const auto [cx, cy] = cellOf(at);
        for (std::int64_t dx = -1; dx <= 1; ++dx) {
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                const auto it = cells_.find({cx + dx, cy + dy});
                if (it == cells_.end()) {
                    continue;
                }
                for (const auto index : it->second) {
                    if (squaredDistance(points_[index].at, at) <= radius * radius) {
                        found.push_back(points_[index]);
                    }
                }
            }
        }
        std::sort(found.begin(), found.end(),
                  [](const PointFeature& a, const PointFeature& b) { return a.fid < b.fid; });
        return found;
    }

private:
    using Cell = std::pair<std::int64_t, std::int64_t>;
    struct CellHash {
        std::size_t operator()(const Cell& cell) const {
            return std::hash<std::int64_t>()(cell.first * 73856093LL ^ cell.second);
        }
    };
    static Cell cellOf(const Coordinate& c) {
        return {static_cast<std::int64_t>(std::floor(c.x)),
                static_cast<std::int64_t>(std::floor(c.y))};
    }

    std::vector<PointFeature> points_;
    std::unordered_map<Cell, std::vector<std::size_t>, CellHash> cells_;
};

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
    const PointGrid chambers(project_.layer("chambers"), true);
    const PointGrid nodes(project_.layer("nodes"), false);
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
            const auto onChambers = chambers.near(end, kOnPoint);
            const auto onNodes = nodes.near(end, kOnPoint);
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

    for (const PointFeature& chamber : chambers.points()) {
        for (const auto& other : chambers.near(chamber.at, kMinimumChamberSpacing)) {
            // Strictly closer than the spacing, each pair once.
            if (other.fid <= chamber.fid || squaredDistance(other.at, chamber.at) >=
                                                kMinimumChamberSpacing * kMinimumChamberSpacing) {
                continue;
            }
            problems.push_back(
                {NetworkProblem::Kind::ChambersTooClose,
                 fmt::format("Chambers {} and {} are {:.2f} m apart", textOf(chamber.ref),
                             textOf(other.ref), std::sqrt(squaredDistance(other.at, chamber.at))),
                 chamber.at,
                 "chambers",
                 {chamber.fid, other.fid}});
        }
    }

    if (!lines.empty()) {
        StrTree tree(geos);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            tree.insert(lines[i], i);
        }
        for (std::size_t i = 0; i < lines.size(); ++i) {
            for (const std::size_t j : tree.query(lines[i])) {
                if (j <= i) {
                    continue;
                }
                // A shared stretch is a one-dimensional interior intersection.
                if (lines[i].relates(lines[j], "1********")) {
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

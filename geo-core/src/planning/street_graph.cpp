#include "gigamap/core/planning/street_graph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>

namespace gigamap::core::planning {
namespace {

double distanceBetween(const Coordinate& a, const Coordinate& b) {
    return std::sqrt(squaredDistance(a, b));
}

double cross(double ax, double ay, double bx, double by) {
    return ax * by - ay * bx;
}

double lineLength(const std::vector<Coordinate>& line) {
    double length = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i) {
        length += distanceBetween(line[i - 1], line[i]);
    }
    return length;
}

// The parameter (0..1) of the point of segment ab nearest to p.
double parameterOn(const Coordinate& p, const Coordinate& a, const Coordinate& b) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    return length2 == 0.0 ? 0.0
                          : std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0);
}

// The point at `position` (vertex index plus fraction) along a line.
Coordinate pointAt(const std::vector<Coordinate>& line, double position) {
    const auto k = static_cast<std::size_t>(std::floor(position));
    if (k + 1 >= line.size()) {
        return line.back();
    }
    const double t = position - static_cast<double>(k);
    return {line[k].x + t * (line[k + 1].x - line[k].x),
            line[k].y + t * (line[k + 1].y - line[k].y)};
}

// The part of a line between two positions.
std::vector<Coordinate> piece(const std::vector<Coordinate>& line, double from, double to) {
    std::vector<Coordinate> out{pointAt(line, from)};
    for (auto k = static_cast<std::size_t>(std::floor(from)) + 1;
         static_cast<double>(k) < to && k < line.size(); ++k) {
        out.push_back(line[k]);
    }
    out.push_back(pointAt(line, to));
    return out;
}

// Segments in a uniform grid of square cells, each in every cell its padded box meets.
class SegmentGrid {
public:
    struct Segment {
        std::size_t line = 0;
        std::size_t index = 0;  // segment index within the line
        Coordinate a;
        Coordinate b;
    };

    SegmentGrid(double cell, double pad) : cell_(cell), pad_(pad) {}

    void insert(Segment segment) {
        const std::size_t id = segments_.size();
        const auto [x0, y0, x1, y1] = cellRange(segment.a, segment.b, pad_);
        for (std::int64_t x = x0; x <= x1; ++x) {
            for (std::int64_t y = y0; y <= y1; ++y) {
                cells_[key(x, y)].push_back(id);
            }
        }
        low_ = {std::min(low_.x, std::min(segment.a.x, segment.b.x)),
                std::min(low_.y, std::min(segment.a.y, segment.b.y))};
        high_ = {std::max(high_.x, std::max(segment.a.x, segment.b.x)),
                 std::max(high_.y, std::max(segment.a.y, segment.b.y))};
        segments_.push_back(segment);
    }

    [[nodiscard]] const std::vector<Segment>& segments() const { return segments_; }

    // Calls visit(i, j) once for every pair of segments whose padded boxes meet.
    template <typename Visit>
    void forEachPair(Visit&& visit) const {
        std::vector<std::uint64_t> keys;
        keys.reserve(cells_.size());
        for (const auto& [k, ids] : cells_) {
            keys.push_back(k);
        }
        std::sort(keys.begin(), keys.end());
        for (const std::uint64_t k : keys) {
            const auto& ids = cells_.at(k);
            for (std::size_t i = 0; i < ids.size(); ++i) {
                for (std::size_t j = i + 1; j < ids.size(); ++j) {
                    const Segment& s = segments_[ids[i]];
                    const Segment& t = segments_[ids[j]];
                    // Only in the cell holding the low corner of the boxes' overlap.
                    const double x =
                        std::max(std::min(s.a.x, s.b.x), std::min(t.a.x, t.b.x)) - pad_;
                    const double y =
                        std::max(std::min(s.a.y, s.b.y), std::min(t.a.y, t.b.y)) - pad_;
                    if (key(cellOf(x), cellOf(y)) != k) {
                        continue;
                    }
                    visit(ids[i], ids[j]);
                }
            }
        }
    }

    // The segment nearest to p (the lowest id on ties), or nothing for an empty grid.
    [[nodiscard]] std::optional<std::size_t> nearest(const Coordinate& p) const {
        if (segments_.empty()) {
            return std::nullopt;
        }
        const std::int64_t cx = cellOf(p.x);
        const std::int64_t cy = cellOf(p.y);
        const std::int64_t reach =
            std::max({std::abs(cx - cellOf(low_.x)), std::abs(cx - cellOf(high_.x)),
                      std::abs(cy - cellOf(low_.y)), std::abs(cy - cellOf(high_.y))}) +
            1;
        double best = std::numeric_limits<double>::infinity();
        std::size_t bestId = 0;
        const auto look = [&](std::int64_t x, std::int64_t y) {
            const auto it = cells_.find(key(x, y));
            if (it == cells_.end()) {
                return;
            }
            for (const std::size_t id : it->second) {
                const Segment& s = segments_[id];
                const double d = squaredDistance(p, nearestOnSegment(p, s.a, s.b));
                if (d < best || (d == best && id < bestId)) {
                    best = d;
                    bestId = id;
                }
            }
        };
        for (std::int64_t r = 0; r <= reach; ++r) {
            const double ringDistance = static_cast<double>(r - 1) * cell_;
            if (r > 0 && best <= ringDistance * ringDistance) {
                break;
            }
            for (std::int64_t x = cx - r; x <= cx + r; ++x) {
                look(x, cy - r);
                if (r > 0) {
                    look(x, cy + r);
                }
            }
            for (std::int64_t y = cy - r + 1; y <= cy + r - 1; ++y) {
                look(cx - r, y);
                look(cx + r, y);
            }
        }
        return bestId;
    }

private:
    [[nodiscard]] std::int64_t cellOf(double v) const {
        return static_cast<std::int64_t>(std::floor(v / cell_));
    }
    [[nodiscard]] static std::uint64_t key(std::int64_t x, std::int64_t y) {
        return (static_cast<std::uint64_t>(x) << 32U) ^
               (static_cast<std::uint64_t>(y) & 0xFFFFFFFFU);
    }
    struct CellRange {
        std::int64_t x0, y0, x1, y1;
    };
    [[nodiscard]] CellRange cellRange(const Coordinate& a, const Coordinate& b, double pad) const {
        return {cellOf(std::min(a.x, b.x) - pad), cellOf(std::min(a.y, b.y) - pad),
                cellOf(std::max(a.x, b.x) + pad), cellOf(std::max(a.y, b.y) + pad)};
    }

    double cell_;
    double pad_;
    std::vector<Segment> segments_;
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> cells_;
    Coordinate low_{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    Coordinate high_{std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
};

// A cell size for a grid of `count` segments over lines of this total length.
double cellSizeFor(double totalLength, std::size_t count) {
    const double mean = count == 0 ? 100.0 : totalLength / static_cast<double>(count);
    return std::clamp(mean * 2.0, 50.0, 1000.0);
}

}  // namespace

std::uint64_t StreetGraph::cellKey(std::int64_t x, std::int64_t y) {
    return (static_cast<std::uint64_t>(x) << 32U) ^ (static_cast<std::uint64_t>(y) & 0xFFFFFFFFU);
}

std::size_t StreetGraph::nodeAt(const Coordinate& point, bool street) {
    const auto cx = static_cast<std::int64_t>(std::floor(point.x / tolerance_));
    const auto cy = static_cast<std::int64_t>(std::floor(point.y / tolerance_));
    std::size_t found = static_cast<std::size_t>(-1);
    double best = tolerance_ * tolerance_;
    for (std::int64_t x = cx - 1; x <= cx + 1; ++x) {
        for (std::int64_t y = cy - 1; y <= cy + 1; ++y) {
            const auto it = nodeCells_.find(cellKey(x, y));
            if (it == nodeCells_.end()) {
                continue;
            }
            for (const std::size_t node : it->second) {
                const double d = squaredDistance(point, nodes_[node]);
                if (d < best || (d == best && node < found)) {
                    best = d;
                    found = node;
                }
            }
        }
    }
    if (found != static_cast<std::size_t>(-1)) {
        streetNode_[found] = static_cast<char>(streetNode_[found] != 0 || street);
        return found;
    }
    nodes_.push_back(point);
    streetNode_.push_back(static_cast<char>(street));
    nodeCells_[cellKey(cx, cy)].push_back(nodes_.size() - 1);
    return nodes_.size() - 1;
}

StreetGraph::StreetGraph(const std::vector<RoadLine>& roads, double tolerance)
    : tolerance_(tolerance) {
    double total = 0.0;
    std::size_t count = 0;
    for (const auto& road : roads) {
        total += lineLength(road.points);
        count += road.points.size() > 1 ? road.points.size() - 1 : 0;
    }
    SegmentGrid grid(cellSizeFor(total, count), tolerance);
    for (std::size_t r = 0; r < roads.size(); ++r) {
        const auto& points = roads[r].points;
        for (std::size_t k = 0; k + 1 < points.size(); ++k) {
            if (!(points[k] == points[k + 1])) {
                grid.insert({r, k, points[k], points[k + 1]});
            }
        }
    }
    // Where each road is cut: positions along it (vertex index plus fraction).
    std::vector<std::vector<double>> cuts(roads.size());
    const auto& segments = grid.segments();
    const auto isEnd = [&](const SegmentGrid::Segment& s, bool atB) {
        return atB ? s.index + 2 == roads[s.line].points.size() : s.index == 0;
    };
    grid.forEachPair([&](std::size_t i, std::size_t j) {
        const auto& s = segments[i];
        const auto& t = segments[j];
        if (s.line == t.line && (s.index + 1 == t.index || t.index + 1 == s.index)) {
            return;  // neighbours along one road share their vertex already
        }
        const double rx = s.b.x - s.a.x;
        const double ry = s.b.y - s.a.y;
        const double sx = t.b.x - t.a.x;
        const double sy = t.b.y - t.a.y;
        const double denominator = cross(rx, ry, sx, sy);
        if (std::abs(denominator) > 1e-12 * std::hypot(rx, ry) * std::hypot(sx, sy)) {
            const double qx = t.a.x - s.a.x;
            const double qy = t.a.y - s.a.y;
            const double u = cross(qx, qy, sx, sy) / denominator;
            const double v = cross(qx, qy, rx, ry) / denominator;
            constexpr double eps = 1e-9;
            if (u >= -eps && u <= 1 + eps && v >= -eps && v <= 1 + eps) {
                cuts[s.line].push_back(static_cast<double>(s.index) + std::clamp(u, 0.0, 1.0));
                cuts[t.line].push_back(static_cast<double>(t.index) + std::clamp(v, 0.0, 1.0));
            }
        }
        // A road's end within the tolerance of another road: a T-junction.
        for (const auto& [end, other] : {std::pair{&s, &t}, std::pair{&t, &s}}) {
            for (const bool atB : {false, true}) {
                if (!isEnd(*end, atB)) {
                    continue;
                }
                const Coordinate& p = atB ? end->b : end->a;
                const double u = parameterOn(p, other->a, other->b);
                const Coordinate q = nearestOnSegment(p, other->a, other->b);
                if (squaredDistance(p, q) <= tolerance * tolerance) {
                    cuts[other->line].push_back(static_cast<double>(other->index) + u);
                }
            }
        }
    });
    for (std::size_t r = 0; r < roads.size(); ++r) {
        const auto& points = roads[r].points;
        if (points.size() < 2) {
            continue;
        }
        auto& at = cuts[r];
        at.push_back(0.0);
        at.push_back(static_cast<double>(points.size() - 1));
        std::sort(at.begin(), at.end());
        at.erase(std::unique(at.begin(), at.end(),
                             [](double a, double b) { return std::abs(a - b) < 1e-12; }),
                 at.end());
        for (std::size_t c = 0; c + 1 < at.size(); ++c) {
            auto line = piece(points, at[c], at[c + 1]);
            const std::size_t from = nodeAt(line.front(), true);
            const std::size_t to = nodeAt(line.back(), true);
            if (from == to) {
                continue;  // shorter than the tolerance, or a closed loop with no junction
            }
            line.front() = nodes_[from];
            line.back() = nodes_[to];
            const double length = lineLength(line);
            edges_.push_back({from, to, std::move(line), length, r});
        }
    }
}

void StreetGraph::splitEdge(std::size_t edge, std::vector<std::pair<double, std::size_t>> cuts) {
    StreetEdge original = edges_[edge];
    std::sort(cuts.begin(), cuts.end());
    std::vector<std::pair<double, std::size_t>> stops{{0.0, original.from}};
    for (const auto& [position, node] : cuts) {
        if (node != stops.back().second && node != original.to) {
            stops.emplace_back(position, node);
        }
    }
    stops.emplace_back(static_cast<double>(original.line.size() - 1), original.to);
    bool first = true;
    for (std::size_t s = 0; s + 1 < stops.size(); ++s) {
        auto line = piece(original.line, stops[s].first, stops[s + 1].first);
        line.front() = nodes_[stops[s].second];
        line.back() = nodes_[stops[s + 1].second];
        StreetEdge part{stops[s].second, stops[s + 1].second, line, lineLength(line),
                        original.road};
        if (first) {
            edges_[edge] = std::move(part);
            first = false;
        } else {
            edges_.push_back(std::move(part));
        }
    }
}

std::vector<std::optional<std::size_t>> StreetGraph::attach(const std::vector<Coordinate>& points) {
    std::vector<std::optional<std::size_t>> attached(points.size());
    double total = 0.0;
    for (const auto& edge : edges_) {
        total += edge.length;
    }
    SegmentGrid grid(cellSizeFor(total, edges_.size()), 0.0);
    for (std::size_t e = 0; e < edges_.size(); ++e) {
        if (edges_[e].isLeadIn()) {
            continue;
        }
        const auto& line = edges_[e].line;
        for (std::size_t k = 0; k + 1 < line.size(); ++k) {
            grid.insert({e, k, line[k], line[k + 1]});
        }
    }
    // Where each point meets its street: the node there, made by splitting the edge.
    struct Foot {
        std::size_t edge;
        double position;
        Coordinate at;
    };
    std::vector<std::optional<Foot>> feet(points.size());
    for (std::size_t p = 0; p < points.size(); ++p) {
        const auto nearest = grid.nearest(points[p]);
        if (!nearest) {
            continue;
        }
        const auto& s = grid.segments()[*nearest];
        feet[p] = Foot{s.line, static_cast<double>(s.index) + parameterOn(points[p], s.a, s.b),
                       nearestOnSegment(points[p], s.a, s.b)};
    }
    std::map<std::size_t, std::vector<std::pair<double, std::size_t>>> cutsByEdge;
    std::vector<std::size_t> footNode(points.size(), 0);
    for (std::size_t p = 0; p < points.size(); ++p) {
        if (feet[p]) {
            footNode[p] = nodeAt(feet[p]->at, true);
            cutsByEdge[feet[p]->edge].emplace_back(feet[p]->position, footNode[p]);
        }
    }
    for (auto& [edge, cuts] : cutsByEdge) {
        splitEdge(edge, std::move(cuts));
    }
    std::set<std::pair<std::size_t, std::size_t>> leadIns;
    for (std::size_t p = 0; p < points.size(); ++p) {
        if (!feet[p]) {
            continue;
        }
        const std::size_t foot = footNode[p];
        if (squaredDistance(points[p], nodes_[foot]) <= tolerance_ * tolerance_) {
            attached[p] = foot;
            continue;
        }
        const std::size_t node = nodeAt(points[p], false);
        attached[p] = node;
        if (node != foot && leadIns.emplace(foot, node).second) {
            std::vector<Coordinate> line{nodes_[foot], nodes_[node]};
            const double length = distanceBetween(line.front(), line.back());
            edges_.push_back({foot, node, std::move(line), length, StreetEdge::kLeadIn});
        }
    }
    return attached;
}

std::vector<std::size_t> StreetGraph::streetNodesNear(const Coordinate& a, const Coordinate& b,
                                                      double distance) const {
    std::vector<std::size_t> near;
    const auto cell = [&](double v) {
        return static_cast<std::int64_t>(std::floor(v / tolerance_));
    };
    for (std::int64_t x = cell(std::min(a.x, b.x) - distance);
         x <= cell(std::max(a.x, b.x) + distance); ++x) {
        for (std::int64_t y = cell(std::min(a.y, b.y) - distance);
             y <= cell(std::max(a.y, b.y) + distance); ++y) {
            const auto it = nodeCells_.find(cellKey(x, y));
            if (it == nodeCells_.end()) {
                continue;
            }
            for (const std::size_t node : it->second) {
                if (streetNode_[node] != 0 &&
                    squaredDistance(nodes_[node], nearestOnSegment(nodes_[node], a, b)) <=
                        distance * distance) {
                    near.push_back(node);
                }
            }
        }
    }
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    return near;
}

std::vector<std::size_t> StreetGraph::streetDegrees() const {
    std::vector<std::size_t> degree(nodes_.size(), 0);
    for (const auto& edge : edges_) {
        if (!edge.isLeadIn()) {
            ++degree[edge.from];
            ++degree[edge.to];
        }
    }
    return degree;
}

}  // namespace gigamap::core::planning

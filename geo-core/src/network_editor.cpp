#include "gigamap/core/network_editor.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_lookup.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"

namespace gigamap::core {
namespace {

// A chamber counts as lying on a duct as it counts as on a duct's end; the
// split vertex is the chamber's own coordinate, so the two parts meet exactly there.
constexpr double kOnDuct = NetworkEditor::kCoincidence;

bool near(const Coordinate& a, const Coordinate& b, double tolerance) {
    return squaredDistance(a, b) <= tolerance * tolerance;
}

bool same(const Coordinate& a, const Coordinate& b) {
    return near(a, b, NetworkEditor::kCoincidence);
}

BoundingBox around(const Coordinate& c, double radius) {
    return {c.x - radius, c.y - radius, c.x + radius, c.y + radius};
}

Coordinate pointOf(const Feature& feature, const std::string& table) {
    if (const auto point = wkbPointCoordinate(feature.geometry)) {
        return *point;
    }
    const GeosContext geos;
    const auto coordinates = feature.geometry.empty()
                                 ? std::vector<Coordinate>{}
                                 : geos.readWkb(feature.geometry).coordinates();
    if (coordinates.size() != 1) {
        throw GeometryError(
            fmt::format("feature {} of layer {} is not a point", feature.fid, table));
    }
    return coordinates.front();
}

std::vector<Coordinate> withoutRepeats(const std::vector<Coordinate>& vertices) {
    std::vector<Coordinate> kept;
    for (const auto& c : vertices) {
        if (kept.empty() || !(kept.back() == c)) {
            kept.push_back(c);
        }
    }
    return kept;
}

const std::string kDucts = "ducts";
const std::string kChambers = "chambers";

}  // namespace

NetworkEditor::NetworkEditor(Project& project)
    : owned_(std::make_shared<ProjectFeatureLookup>(project)), lookup_(owned_.get()) {}

NetworkEditor::NetworkEditor(const FeatureLookup& lookup) : lookup_(&lookup) {}

Feature NetworkEditor::readFeature(const std::string& table, std::int64_t fid) const {
    auto feature = lookup_->read(table, fid);
    if (!feature) {
        throw StoreError(fmt::format("layer {} has no feature with fid {}", table, fid));
    }
    return std::move(*feature);
}

std::vector<Coordinate> NetworkEditor::ductVertices(std::int64_t fid) const {
    const Feature duct = readFeature(kDucts, fid);
    if (duct.geometry.empty()) {
        throw GeometryError(fmt::format("duct {} has no geometry", fid));
    }
    const GeosContext geos;
    return geos.readWkb(duct.geometry).coordinates();
}

Value NetworkEditor::chamberRefAt(const Coordinate& at) const {
    for (const std::int64_t fid : lookup_->idsInBox(kChambers, around(at, kCoincidence))) {
        const Feature chamber = readFeature(kChambers, fid);
        if (same(pointOf(chamber, kChambers), at)) {
            return chamber.attribute("ref");
        }
    }
    return {};
}

ChangeSet NetworkEditor::addFeature(const std::string& table, const Feature& feature) const {
    Feature added = feature;
    added.fid = 0;
    return {{table, std::nullopt, std::move(added)}};
}

ChangeSet NetworkEditor::addDuct(const std::vector<Coordinate>& vertices,
                                 const std::map<std::string, Value>& attributes) const {
    const auto line = withoutRepeats(vertices);
    if (line.size() < 2) {
        throw GeometryError("a duct needs at least two distinct vertices");
    }
    Feature duct{0, attributes, lineWkb(line)};
    duct.attributes["from_chamber"] = chamberRefAt(line.front());
    duct.attributes["to_chamber"] = chamberRefAt(line.back());
    return addFeature(kDucts, duct);
}

ChangeSet NetworkEditor::addChamber(const Feature& chamber) const {
    ChangeSet changes = addFeature(kChambers, chamber);
    const Coordinate at = pointOf(chamber, kChambers);
    const Value& ref = chamber.attribute("ref");
    std::vector<std::string> takenRefs;
    const GeosContext geos;
    for (const std::int64_t fid : lookup_->idsInBox(kDucts, around(at, kOnDuct))) {
        const Feature duct = readFeature(kDucts, fid);
        ChangeSet split = splitAt(duct, at, ref, takenRefs);
        if (split.empty() && !duct.geometry.empty() && !isNull(ref)) {
            // Placed on a duct's end: the duct now starts or ends at this chamber.
            const auto vertices = geos.readWkb(duct.geometry).coordinates();
            Feature named = duct;
            if (!vertices.empty() && same(vertices.front(), at)) {
                named.attributes["from_chamber"] = ref;
            }
            if (!vertices.empty() && same(vertices.back(), at)) {
                named.attributes["to_chamber"] = ref;
            }
            if (named.attributes != duct.attributes) {
                split.push_back({kDucts, duct, std::move(named)});
            }
        }
        std::move(split.begin(), split.end(), std::back_inserter(changes));
    }
    return changes;
}

ChangeSet NetworkEditor::splitDuctsAtChamber(std::int64_t chamberFid) const {
    const Feature chamber = readFeature(kChambers, chamberFid);
    const Coordinate at = pointOf(chamber, kChambers);
    ChangeSet changes;
    std::vector<std::string> takenRefs;
    for (const std::int64_t fid : lookup_->idsInBox(kDucts, around(at, kOnDuct))) {
        for (auto& change :
             splitAt(readFeature(kDucts, fid), at, chamber.attribute("ref"), takenRefs)) {
            changes.push_back(std::move(change));
        }
    }
    if (changes.empty()) {
        throw GeometryError(
            "no duct passes through this chamber (a duct that ends at it needs "
            "no split)");
    }
    return changes;
}

ChangeSet NetworkEditor::splitAt(const Feature& duct, const Coordinate& at, const Value& chamberRef,
                                 std::vector<std::string>& takenRefs) const {
    const GeosContext geos;
    const auto vertices = geos.readWkb(duct.geometry).coordinates();
    if (vertices.size() < 2 || near(vertices.front(), at, kOnDuct) ||
        near(vertices.back(), at, kOnDuct)) {
        return {};
    }
    std::size_t segment = 0;
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 1 < vertices.size(); ++i) {
        const double d2 = squaredDistance(nearestOnSegment(at, vertices[i], vertices[i + 1]), at);
        if (d2 < best) {
            best = d2;
            segment = i;
        }
    }
    if (best > kOnDuct * kOnDuct) {
        return {};
    }
    std::vector<Coordinate> first(vertices.begin(),
                                  vertices.begin() + static_cast<std::ptrdiff_t>(segment) + 1);
    std::vector<Coordinate> second(vertices.begin() + static_cast<std::ptrdiff_t>(segment) + 1,
                                   vertices.end());
    // A split at an existing vertex replaces it by the chamber's coordinate.
    if (near(first.back(), at, kOnDuct)) {
        first.back() = at;
    } else {
        first.push_back(at);
    }
    if (near(second.front(), at, kOnDuct)) {
        second.front() = at;
    } else {
        second.insert(second.begin(), at);
    }
    Feature before = duct;
    Feature shortened = duct;
    shortened.geometry = lineWkb(first);
    shortened.attributes["to_chamber"] = chamberRef;
    Feature rest = duct;
    rest.fid = 0;
    rest.geometry = lineWkb(second);
    rest.attributes["from_chamber"] = chamberRef;
    if (const auto* ref = std::get_if<std::string>(&duct.attribute("ref"))) {
        // Refs are natural keys: the new part gets the first free "<ref>/n".
        for (int n = 2;; ++n) {
            std::string candidate = fmt::format("{}/{}", *ref, n);
            if (!lookup_->findByKey(kDucts, "ref", candidate) &&
                std::find(takenRefs.begin(), takenRefs.end(), candidate) == takenRefs.end()) {
                takenRefs.push_back(candidate);
                rest.attributes["ref"] = std::move(candidate);
                break;
            }
        }
    }
    return {{kDucts, std::move(before), std::move(shortened)},
            {kDucts, std::nullopt, std::move(rest)}};
}

ChangeSet NetworkEditor::changeAttributes(const std::string& table, std::int64_t fid,
                                          const std::map<std::string, Value>& attributes) const {
    const Feature before = readFeature(table, fid);
    Feature after = before;
    bool changed = false;
    for (const auto& [name, value] : attributes) {
        changed = changed || before.attribute(name) != value;
        after.attributes[name] = value;
    }
    if (!changed) {
        return {};  // OK on an unchanged form is not an edit
    }
    return {{table, before, std::move(after)}};
}

std::vector<std::int64_t> NetworkEditor::attachedDucts(const std::string& table,
                                                       std::int64_t fid) const {
    const Feature point = readFeature(table, fid);
    const Coordinate at = pointOf(point, table);
    const Value ref = table == kChambers ? point.attribute("ref") : Value{};
    std::set<std::int64_t> candidates;
    for (const auto id : lookup_->idsInBox(kDucts, around(at, kCoincidence))) {
        candidates.insert(id);
    }
    if (!isNull(ref)) {
        for (const char* field : {"from_chamber", "to_chamber"}) {
            for (const auto id : lookup_->idsWhere(kDucts, {{field, ref}})) {
                candidates.insert(id);
            }
        }
    }
    std::vector<std::int64_t> attached;
    const GeosContext geos;
    for (const auto id : candidates) {
        const Feature duct = readFeature(kDucts, id);
        const auto vertices = duct.geometry.empty() ? std::vector<Coordinate>{}
                                                    : geos.readWkb(duct.geometry).coordinates();
        const bool byRef = !isNull(ref) && (duct.attribute("from_chamber") == ref ||
                                            duct.attribute("to_chamber") == ref);
        if (byRef ||
            (!vertices.empty() && (same(vertices.front(), at) || same(vertices.back(), at)))) {
            attached.push_back(id);
        }
    }
    return attached;
}

ChangeSet NetworkEditor::movePoint(const std::string& table, std::int64_t fid,
                                   const Coordinate& to) const {
    const Feature before = readFeature(table, fid);
    const Coordinate from = pointOf(before, table);
    Feature moved = before;
    moved.geometry = pointWkb(to.x, to.y);
    ChangeSet changes{{table, before, std::move(moved)}};
    if (table != kChambers && table != "nodes") {
        return changes;
    }
    const GeosContext geos;
    for (const auto id : attachedDucts(table, fid)) {
        const Feature duct = readFeature(kDucts, id);
        if (duct.geometry.empty()) {
            continue;
        }
        auto vertices = geos.readWkb(duct.geometry).coordinates();
        // Only ends that lie on the point move: a duct that names the chamber
        // but ends elsewhere is a mismatch for the network check to report,
        // not an end to pull across the map.
        const bool start = !vertices.empty() && same(vertices.front(), from);
        const bool end = !vertices.empty() && same(vertices.back(), from);
        if (!start && !end) {
            continue;
        }
        if (start) {
            vertices.front() = to;
        }
        if (end) {
            vertices.back() = to;
        }
        Feature after = duct;
        after.geometry = lineWkb(vertices);
        changes.push_back({kDucts, duct, std::move(after)});
    }
    return changes;
}

ChangeSet NetworkEditor::moveVertex(std::int64_t fid, std::size_t index,
                                    const Coordinate& to) const {
    const Feature before = readFeature(kDucts, fid);
    auto vertices = ductVertices(fid);
    if (index >= vertices.size()) {
        throw GeometryError(fmt::format("duct {} has no vertex {}", fid, index + 1));
    }
    vertices[index] = to;
    Feature after = before;
    after.geometry = lineWkb(vertices);
    if (index == 0) {
        after.attributes["from_chamber"] = chamberRefAt(to);
    }
    if (index + 1 == vertices.size()) {
        after.attributes["to_chamber"] = chamberRefAt(to);
    }
    return {{kDucts, before, std::move(after)}};
}

ChangeSet NetworkEditor::insertVertex(std::int64_t fid, std::size_t index,
                                      const Coordinate& at) const {
    const Feature before = readFeature(kDucts, fid);
    auto vertices = ductVertices(fid);
    if (index == 0 || index >= vertices.size()) {
        throw GeometryError(
            fmt::format("a vertex of duct {} goes between two of its vertices", fid));
    }
    vertices.insert(vertices.begin() + static_cast<std::ptrdiff_t>(index), at);
    Feature after = before;
    after.geometry = lineWkb(vertices);
    return {{kDucts, before, std::move(after)}};
}

ChangeSet NetworkEditor::deleteVertex(std::int64_t fid, std::size_t index) const {
    const Feature before = readFeature(kDucts, fid);
    auto vertices = ductVertices(fid);
    if (index >= vertices.size()) {
        throw GeometryError(fmt::format("duct {} has no vertex {}", fid, index + 1));
    }
    if (vertices.size() <= 2) {
        throw GeometryError(
            fmt::format("duct {} has only two vertices; delete the duct instead of a vertex", fid));
    }
    vertices.erase(vertices.begin() + static_cast<std::ptrdiff_t>(index));
    Feature after = before;
    after.geometry = lineWkb(vertices);
    if (index == 0) {
        after.attributes["from_chamber"] = chamberRefAt(vertices.front());
    }
    if (index == vertices.size()) {
        after.attributes["to_chamber"] = chamberRefAt(vertices.back());
    }
    return {{kDucts, before, std::move(after)}};
}

ChangeSet NetworkEditor::deleteFeature(const std::string& table, std::int64_t fid) const {
    const Feature feature = readFeature(table, fid);
    ChangeSet changes{{table, feature, std::nullopt}};
    if (table != kChambers) {
        return changes;
    }
    const Value ref = feature.attribute("ref");
    if (isNull(ref)) {
        return changes;
    }
    std::set<std::int64_t> naming;
    for (const char* field : {"from_chamber", "to_chamber"}) {
        for (const auto id : lookup_->idsWhere(kDucts, {{field, ref}})) {
            naming.insert(id);
        }
    }
    for (const auto id : naming) {
        const Feature duct = readFeature(kDucts, id);
        Feature after = duct;
        for (const char* field : {"from_chamber", "to_chamber"}) {
            if (after.attribute(field) == ref) {
                after.attributes[field] = Value{};
            }
        }
        changes.push_back({kDucts, duct, std::move(after)});
    }
    return changes;
}

ChangeSet NetworkEditor::mergeDucts(std::int64_t firstFid, std::int64_t secondFid) const {
    if (firstFid == secondFid) {
        throw GeometryError("a duct cannot be merged with itself");
    }
    const Feature first = readFeature(kDucts, firstFid);
    const Feature second = readFeature(kDucts, secondFid);
    auto a = ductVertices(firstFid);
    auto b = ductVertices(secondFid);
    Feature merged = first;
    std::vector<Coordinate> line;
    Value fromRef = first.attribute("from_chamber");
    Value toRef = first.attribute("to_chamber");
    if (same(a.back(), b.front())) {
        line = a;
        line.insert(line.end(), b.begin() + 1, b.end());
        toRef = second.attribute("to_chamber");
    } else if (same(a.back(), b.back())) {
        line = a;
        line.insert(line.end(), b.rbegin() + 1, b.rend());
        toRef = second.attribute("from_chamber");
    } else if (same(a.front(), b.back())) {
        line = b;
        line.insert(line.end(), a.begin() + 1, a.end());
        fromRef = second.attribute("from_chamber");
    } else if (same(a.front(), b.front())) {
        line.assign(b.rbegin(), b.rend());
        line.insert(line.end(), a.begin() + 1, a.end());
        fromRef = second.attribute("to_chamber");
    } else {
        throw GeometryError(
            fmt::format("ducts {} and {} do not meet end to end; only ducts sharing an end vertex "
                        "can be merged",
                        firstFid, secondFid));
    }
    merged.geometry = lineWkb(line);
    merged.attributes["from_chamber"] = fromRef;
    merged.attributes["to_chamber"] = toRef;
    return {{kDucts, first, std::move(merged)}, {kDucts, second, std::nullopt}};
}

}  // namespace gigamap::core

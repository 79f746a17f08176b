#include "edge_pricing.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "gigamap/core/cost_model.h"
#include "gigamap/core/feature.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/overlay.h"

namespace gigamap::core::planning {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool oneOf(const std::string& value, std::initializer_list<const char*> names) {
    return std::any_of(names.begin(), names.end(), [&](const char* name) { return value == name; });
}

}  // namespace

std::string surfaceOfRoad(const RoadLine& road) {
    const std::string surface = lower(road.surface);
    if (oneOf(surface, {"verge", "footway", "carriageway"})) {
        return surface;
    }
    const std::string roadClass = lower(road.roadClass);
    if (oneOf(roadClass, {"motorway", "motorway_link", "trunk", "trunk_link", "track", "path",
                          "footway", "cycleway", "bridleway"})) {
        return "verge";
    }
    if (oneOf(roadClass, {"primary",
                          "primary_link",
                          "secondary",
                          "secondary_link",
                          "tertiary",
                          "tertiary_link",
                          "residential",
                          "unclassified",
                          "living_street",
                          "service",
                          "pedestrian",
                          "a road",
                          "b road",
                          "minor road",
                          "local road",
                          "classified unnumbered",
                          "unclassified road",
                          "local access road",
                          "restricted local access road",
                          "secondary access road"})) {
        return "footway";
    }
    return "unknown";
}

EdgePricing::EdgePricing(const GeosContext& geos, const PlanInputs& inputs,
                         const PlanOptions& options, const CostModel& costs)
    : geos_(geos),
      options_(options),
      costs_(costs),
      ducts_(geos),
      works_(geos),
      restrictions_(geos),
      roads_(geos) {
    load(ducts_, inputs.existingDucts, options.reuseDistance);
    load(works_, inputs.works, options.distance);
    load(restrictions_, inputs.restrictions, options.tolerance);
    std::vector<NamedShape> roads;
    for (const auto& road : inputs.roads) {
        if (road.points.size() >= 2) {
            roads.push_back({road.name, lineWkb(road.points)});
        }
    }
    load(roads_, roads, 0.0);
}

void EdgePricing::load(Shapes& shapes, const std::vector<NamedShape>& from, double bufferBy) const {
    for (const auto& shape : from) {
        Geometry geometry = geos_.readWkb(shape.geometry);
        if (bufferBy > 0.0) {
            geometry = buffer(geos_, geometry, bufferBy);
        }
        shapes.tree.insert(geometry, shapes.geometries.size());
        shapes.geometries.push_back(std::move(geometry));
        shapes.references.push_back(shape.reference);
    }
    shapes.tree.build();
}

std::vector<std::size_t> EdgePricing::hits(const Shapes& shapes, const Geometry& line) const {
    if (shapes.geometries.empty() || line.isEmpty()) {
        return {};
    }
    auto found = shapes.tree.query(line);
    std::sort(found.begin(), found.end());
    std::erase_if(found, [&](std::size_t i) { return !shapes.geometries[i].intersects(line); });
    return found;
}

PlanEdge EdgePricing::price(const StreetEdge& edge, const std::vector<RoadLine>& roads) const {
    PlanEdge priced;
    priced.from = edge.from;
    priced.to = edge.to;
    priced.line = edge.line;
    priced.length = edge.length;
    priced.surface = edge.isLeadIn() ? "footway" : surfaceOfRoad(roads[edge.road]);
    if (!edge.isLeadIn()) {
        priced.usrn = roads[edge.road].usrn;
    }
    const Geometry line = geos_.readWkb(lineWkb(edge.line));
    const auto unionOfHits = [&](const Shapes& shapes, const std::vector<std::size_t>& found) {
        if (found.size() == 1) {
            return geos_.readWkb(geos_.writeWkb(shapes.geometries[found.front()]));
        }
        std::vector<Geometry> parts;
        for (const std::size_t i : found) {
            parts.push_back(geos_.readWkb(geos_.writeWkb(shapes.geometries[i])));
        }
        return unionOf(geos_, parts);
    };

    // Existing duct along the street: reused, not dug.
    Geometry dig = geos_.readWkb(lineWkb(edge.line));
    if (!edge.isLeadIn()) {
        const auto found = hits(ducts_, line);
        if (!found.empty()) {
            const Geometry corridor = unionOfHits(ducts_, found);
            priced.reusedMetres =
                std::min(edge.length, intersection(geos_, line, corridor).length());
            dig = difference(geos_, line, corridor);
        }
    }
    // Street works open in the window: their trench is shared.
    const auto works = hits(works_, dig);
    if (!works.empty()) {
        priced.sharedMetres =
            std::min(edge.length - priced.reusedMetres,
                     intersection(geos_, dig, unionOfHits(works_, works)).length());
        priced.streetWork = works_.references[works.front()];
    }
    // No new digging under a Section 58 restriction in force.
    for (const std::size_t r : hits(restrictions_, dig)) {
        if (intersection(geos_, dig, restrictions_.geometries[r]).length() >
            2.0 * options_.tolerance) {
            priced.restriction = restrictions_.references[r];
            break;
        }
    }
    // Roads a lead-in crosses on its way (not the one it starts from).
    if (edge.isLeadIn()) {
        const Coordinate start = edge.line.front();
        for (const std::size_t r : hits(roads_, line)) {
            const Geometry meet = intersection(geos_, line, roads_.geometries[r]);
            for (const Coordinate& at : meet.coordinates()) {
                if (squaredDistance(at, start) > options_.tolerance * options_.tolerance) {
                    ++priced.crossings;
                    break;
                }
            }
        }
    }
    const double rate = costs_.perMetre(priced.surface);
    const double reuse = priced.reusedMetres * costs_.rate("duct_reuse").pounds;
    const double crossings =
        static_cast<double>(priced.crossings) * costs_.rate("road_crossing").pounds;
    priced.cost = reuse + priced.sharedMetres * costs_.rate("shared_dig").pounds +
                  priced.dugMetres() * rate + crossings;
    priced.costWithoutStreetWorks =
        reuse + (priced.length - priced.reusedMetres) * rate + crossings;
    if (edge.isLeadIn()) {
        priced.kind = "lead_in";
    } else if (priced.reusedMetres >= priced.sharedMetres &&
               priced.reusedMetres >= priced.dugMetres()) {
        priced.kind = "reuse";
    } else if (priced.sharedMetres >= priced.dugMetres()) {
        priced.kind = "shared_dig";
    } else {
        priced.kind = "trench_" + priced.surface;
    }
    return priced;
}

}  // namespace gigamap::core::planning

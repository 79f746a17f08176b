#include "gigamap/core/planning/plan_output.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>

#include "gigamap/core/cost_model.h"
#include "gigamap/core/project.h"
#include "gigamap/core/sqlite_database.h"

namespace gigamap::core::planning {
namespace {

constexpr FieldType kInt = FieldType::Integer;
constexpr FieldType kReal = FieldType::Real;
constexpr FieldType kText = FieldType::Text;

// New refs continuing the commonest pattern of a layer's refs ("LAN-D-0457"
// after "LAN-D-0456": prefix and zero-padded number), or `fallback` numbered from 1.
class RefSequence {
public:
    RefSequence(Project& project, const std::string& table, std::string fallback) {
        auto stmt = project.database().prepare(
            fmt::format("SELECT ref FROM {} WHERE ref IS NOT NULL ORDER BY ref", table));
        const std::regex numbered(R"(^(.*?)(\d+)$)");
        std::map<std::string, std::pair<std::size_t, std::pair<std::size_t, long long>>> byPrefix;
        while (stmt.step()) {
            const std::string ref = stmt.columnText(0);
            std::smatch match;
            if (std::regex_match(ref, match, numbered) && match[2].length() < 18) {
                auto& [count, widest] = byPrefix[match[1]];
                ++count;
                widest.first = std::max(widest.first, static_cast<std::size_t>(match[2].length()));
                widest.second = std::max(widest.second, std::stoll(match[2]));
            }
        }
        prefix_ = std::move(fallback);
        std::size_t best = 0;
        for (const auto& [prefix, figures] : byPrefix) {
            if (figures.first > best) {
                best = figures.first;
                prefix_ = prefix;
                width_ = figures.second.first;
                next_ = figures.second.second + 1;
            }
        }
    }

    std::string next() { return fmt::format("{}{:0{}d}", prefix_, next_++, width_); }

private:
    std::string prefix_;
    std::size_t width_ = 4;
    long long next_ = 1;
};

std::vector<FieldSpec> projectFields(std::string_view table) {
    return layerSchema(table).fields;
}

Value optionalText(const std::string& text) {
    return text.empty() ? Value{} : Value{text};
}

}  // namespace

std::string costClass(double cost, double length) {
    const double perMetre = length > 0.0 ? cost / length : 0.0;
    return perMetre < 30.0 ? "low" : perMetre < 75.0 ? "medium" : "high";
}

LayerSchema planDuctsLayer() {
    LayerSchema layer{"ducts", GeometryType::LineString, projectFields("ducts"), {}};
    for (const FieldSpec& extra : std::vector<FieldSpec>{{"length_m", kReal},
                                                         {"cost", kReal},
                                                         {"cost_class", kText},
                                                         {"kind", kText},
                                                         {"reused", kInt},
                                                         {"shared_dig", kInt},
                                                         {"reused_m", kReal},
                                                         {"shared_m", kReal},
                                                         {"street_work", kText}}) {
        layer.fields.push_back(extra);
    }
    return layer;
}

LayerSchema unreachableLayer() {
    return {"unreachable",
            GeometryType::Point,
            {{"postcode", kText}, {"premises", kInt}, {"reason", kText}},
            {}};
}

PlanFeatures planFeatures(Project& project, const PlanResult& result) {
    PlanFeatures features;
    RefSequence chamberRefs(project, "chambers", "PLAN-C-");
    std::map<std::size_t, std::string> chamberAt;
    for (const std::size_t node : result.chamberNodes) {
        Feature chamber;
        chamber.attributes = {{"ref", chamberRefs.next()},
                              {"chamber_type", std::string("footway_box")},
                              {"status", std::string("proposed")}};
        chamberAt[node] = std::get<std::string>(chamber.attributes["ref"]);
        chamber.geometry = pointWkb(result.nodes[node].x, result.nodes[node].y);
        features.chambers.push_back(std::move(chamber));
    }
    RefSequence ductRefs(project, "ducts", "PLAN-D-");
    const auto dateOf = [&](bool start) -> Value {
        if (!result.window) {
            return {};
        }
        return isoDate(start ? result.window->start : result.window->end);
    };
    for (const auto& edge : result.edges) {
        if (!edge.inPlan) {
            continue;
        }
        Feature duct;
        const auto chamber = [&](std::size_t node) -> Value {
            const auto it = chamberAt.find(node);
            return it == chamberAt.end() ? Value{} : Value{it->second};
        };
        duct.attributes = {{"ref", ductRefs.next()},
                           {"status", std::string("proposed")},
                           {"surface", edge.kind == "reuse" ? Value{} : Value{edge.surface}},
                           {"from_chamber", chamber(edge.from)},
                           {"to_chamber", chamber(edge.to)},
                           {"usrn", edge.usrn ? Value{*edge.usrn} : Value{}},
                           {"planned_start", dateOf(true)},
                           {"planned_end", dateOf(false)},
                           {"length_m", edge.length},
                           {"cost", edge.cost},
                           {"cost_class", costClass(edge.cost, edge.length)},
                           {"kind", edge.kind},
                           {"reused", std::int64_t{edge.reusedMetres > 0.0 ? 1 : 0}},
                           {"shared_dig", std::int64_t{edge.sharedMetres > 0.0 ? 1 : 0}},
                           {"reused_m", edge.reusedMetres},
                           {"shared_m", edge.sharedMetres},
                           {"street_work", optionalText(edge.streetWork)}};
        duct.geometry = lineWkb(edge.line);
        features.ducts.push_back(std::move(duct));
    }
    return features;
}

std::vector<Feature> unreachableFeatures(const PlanResult& result) {
    std::vector<Feature> features;
    for (const auto& target : result.targets) {
        if (!target.connected) {
            Feature feature;
            feature.attributes = {{"postcode", target.postcode},
                                  {"premises", target.premises},
                                  {"reason", target.reason}};
            feature.geometry = pointWkb(target.at.x, target.at.y);
            features.push_back(std::move(feature));
        }
    }
    return features;
}

LayerSchema explainEdgesLayer() {
    return {"edges",
            GeometryType::LineString,
            {{"from_node", kInt},
             {"to_node", kInt},
             {"cost", kReal},
             {"length_m", kReal},
             {"kind", kText},
             {"in_plan", kInt},
             {"surface", kText},
             {"reused_m", kReal},
             {"shared_m", kReal},
             {"crossings", kInt},
             {"street_work", kText},
             {"blocked_by", kText}},
            {}};
}

LayerSchema explainTargetsLayer() {
    return {"targets",
            GeometryType::Point,
            {{"node", kInt},
             {"postcode", kText},
             {"premises", kInt},
             {"connected", kInt},
             {"reason", kText}},
            {}};
}

LayerSchema explainSourcesLayer() {
    return {"sources", GeometryType::Point, {{"node", kInt}, {"source", kText}}, {}};
}

std::vector<Feature> explainEdges(const PlanResult& result) {
    std::vector<Feature> features;
    for (const auto& edge : result.edges) {
        Feature feature;
        feature.attributes = {{"from_node", static_cast<std::int64_t>(edge.from)},
                              {"to_node", static_cast<std::int64_t>(edge.to)},
                              {"cost", edge.cost},
                              {"length_m", edge.length},
                              {"kind", edge.kind},
                              {"in_plan", std::int64_t{edge.inPlan ? 1 : 0}},
                              {"surface", edge.surface},
                              {"reused_m", edge.reusedMetres},
                              {"shared_m", edge.sharedMetres},
                              {"crossings", static_cast<std::int64_t>(edge.crossings)},
                              {"street_work", optionalText(edge.streetWork)},
                              {"blocked_by", optionalText(edge.restriction)}};
        feature.geometry = lineWkb(edge.line);
        features.push_back(std::move(feature));
    }
    return features;
}

std::vector<Feature> explainTargets(const PlanResult& result) {
    std::vector<Feature> features;
    for (const auto& target : result.targets) {
        Feature feature;
        feature.attributes = {
            {"node", target.node ? Value{static_cast<std::int64_t>(*target.node)} : Value{}},
            {"postcode", target.postcode},
            {"premises", target.premises},
            {"connected", std::int64_t{target.connected ? 1 : 0}},
            {"reason", optionalText(target.reason)}};
        feature.geometry = pointWkb(target.at.x, target.at.y);
        features.push_back(std::move(feature));
    }
    return features;
}

std::vector<Feature> explainSources(const PlanResult& result) {
    std::vector<Feature> features;
    for (const auto& source : result.sources) {
        Feature feature;
        feature.attributes = {{"node", static_cast<std::int64_t>(source.node)},
                              {"source", source.what}};
        feature.geometry = pointWkb(result.nodes[source.node].x, result.nodes[source.node].y);
        features.push_back(std::move(feature));
    }
    return features;
}

ChangeSet planChanges(const PlanFeatures& features) {
    ChangeSet changes;
    const auto add = [&](const std::string& table, const Feature& feature) {
        Feature stored;
        stored.geometry = feature.geometry;
        for (const auto& field : layerSchema(table).fields) {
            const auto it = feature.attributes.find(field.name);
            if (it != feature.attributes.end()) {
                stored.attributes[field.name] = it->second;
            }
        }
        changes.push_back({table, std::nullopt, std::move(stored)});
    };
    for (const auto& chamber : features.chambers) {
        add("chambers", chamber);
    }
    for (const auto& duct : features.ducts) {
        add("ducts", duct);
    }
    return changes;
}

ResultTable billTable(const PlanResult& result, const CostModel& costs) {
    ResultTable table{
        {"line", "unit", "rate_pounds", "quantity", "pounds", "naive_quantity", "naive_pounds"},
        {}};
    const auto line = [&](const std::string& name, const std::string& unit, Value rate,
                          Value quantity, Value pounds, Value naiveQuantity, Value naivePounds) {
        table.rows.push_back({name, unit, std::move(rate), std::move(quantity), std::move(pounds),
                              std::move(naiveQuantity), std::move(naivePounds)});
    };
    const auto metres = [&](const std::string& name, double rate, double plan, double naive) {
        line(name, "m", rate, plan, plan * rate, naive, naive * rate);
    };
    const auto& p = result.plan;
    const auto& n = result.naive;
    const char* surfaces[] = {"verge", "footway", "carriageway", "unknown"};
    for (std::size_t s = 0; s < 4; ++s) {
        metres(fmt::format("trench_{}", surfaces[s]), costs.perMetre(surfaces[s]),
               p.trenchMetres[s], n.trenchMetres[s]);
    }
    metres("lead_in", costs.perMetre("footway"), p.leadInMetres, n.leadInMetres);
    metres("duct_reuse", costs.rate("duct_reuse").pounds, p.reusedMetres, n.reusedMetres);
    metres("shared_dig", costs.rate("shared_dig").pounds, p.sharedMetres, n.sharedMetres);
    const double crossing = costs.rate("road_crossing").pounds;
    line("road_crossing", "each", crossing, static_cast<std::int64_t>(p.crossings),
         static_cast<double>(p.crossings) * crossing, static_cast<std::int64_t>(n.crossings),
         static_cast<double>(n.crossings) * crossing);
    line("edge_cost", "pounds", {}, {}, p.edgeCost, {}, n.edgeCost);
    const double chamber = costs.rate("chamber").pounds;
    line("chamber_junction", "each", chamber, static_cast<std::int64_t>(p.junctionChambers),
         static_cast<double>(p.junctionChambers) * chamber,
         static_cast<std::int64_t>(n.junctionChambers),
         static_cast<double>(n.junctionChambers) * chamber);
    line(fmt::format("chamber_every_{}_m", costs.chamberSpacing()), "each", chamber,
         static_cast<std::int64_t>(p.spacingChambers),
         static_cast<double>(p.spacingChambers) * chamber,
         static_cast<std::int64_t>(n.spacingChambers),
         static_cast<double>(n.spacingChambers) * chamber);
    line("total", "pounds", {}, {}, p.total, {}, n.total);
    line("postcodes_passed", "each", {}, static_cast<std::int64_t>(p.postcodesPassed), {},
         static_cast<std::int64_t>(n.postcodesPassed), {});
    line("premises_passed", "each", {}, p.premisesPassed, {}, n.premisesPassed, {});
    const auto perPremises = [](const BillFigures& b) -> Value {
        return b.premisesPassed > 0 ? Value{b.total / static_cast<double>(b.premisesPassed)}
                                    : Value{};
    };
    line("pounds_per_premises_passed", "pounds", {}, {}, perPremises(p), {}, perPremises(n));
    line("saving_from_shared_trench", "pounds", {}, {}, n.total - p.total, {}, {});
    line("saving_from_street_works", "pounds", {}, {}, result.streetWorksSaving, {}, {});
    return table;
}

}  // namespace gigamap::core::planning

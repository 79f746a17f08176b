#include "gigamap/render/project_map_layers.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "gigamap/core/feature_table.h"
#include "gigamap/core/layer_schema.h"
#include "gigamap/core/project.h"
#include "gigamap/render/default_styles.h"
#include "gigamap/render/style_store.h"

namespace gigamap::render {
namespace {

// Drawing order, top first; layers of the schema not listed here go at the bottom.
constexpr std::array kTopFirst{"nodes",        "chambers",  "hotspots", "ducts",     "street_works",
                               "restrictions", "postcodes", "roads",    "boundaries"};
constexpr std::array kHiddenAtFirst{"mobile_postcodes", "mobile_coverage"};

// What a planner calls each layer.
QString titleOf(const std::string& table) {
    static const std::map<std::string, QString> titles{
        {"nodes", "Network nodes"},
        {"chambers", "Chambers"},
        {"hotspots", "Wi-Fi hotspots"},
        {"ducts", "Ducts"},
        {"street_works", "Street works"},
        {"restrictions", "Section 58 restrictions"},
        {"postcodes", "Postcodes (gigabit %)"},
        {"roads", "Roads"},
        {"boundaries", "District and wards"},
        {"mobile_coverage", "Mobile coverage"},
        {"mobile_postcodes", "Mobile coverage by postcode"}};
    const auto it = titles.find(table);
    return it == titles.end() ? QString::fromStdString(table) : it->second;
}

bool listed(const auto& names, const std::string& table) {
    return std::find(names.begin(), names.end(), table) != names.end();
}

}  // namespace

std::vector<MapLayer> projectMapLayers(core::Project& project) {
    std::vector<std::string> tables(kTopFirst.begin(), kTopFirst.end());
    for (const auto& schema : core::projectLayers()) {
        if (!listed(tables, schema.table)) {
            tables.push_back(schema.table);
        }
    }
    const auto saved = StyleStore(project.database()).loadAll();
    std::vector<MapLayer> layers;
    for (const auto& table : tables) {
        const auto it = saved.find(table);
        MapLayer layer =
            MapLayer::projectLayer(table, it != saved.end() ? it->second : defaultStyle(table));
        layer.title = titleOf(table);
        layer.visible = !listed(kHiddenAtFirst, table) && project.layer(table).count() > 0;
        layers.push_back(std::move(layer));
    }
    return layers;
}

QString projectAttribution(const core::Project& project) {
    std::set<std::string> seen;
    QString text;
    for (const auto& [source, attribution] : project.meta().attributions) {
        if (!attribution.empty() && seen.insert(attribution).second) {
            text += (text.isEmpty() ? "" : "\n") + QString::fromStdString(attribution);
        }
    }
    return text;
}

}  // namespace gigamap::render

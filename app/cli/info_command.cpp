#include "info_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <map>
#include <nlohmann/json.hpp>

#include "gigamap/core/project_handle.h"
#include "gigamap/core/project_locator.h"
#include "json_output.h"

namespace gigamap::cli {
namespace {

std::string_view geometryLabel(core::GeometryType type) {
    switch (type) {
        case core::GeometryType::Point:
            return "Point";
        case core::GeometryType::LineString:
            return "LineString";
        case core::GeometryType::MultiPolygon:
            return "MultiPolygon";
        case core::GeometryType::Any:
            return "Geometry";
    }
    return "Geometry";
}

nlohmann::json toJson(const core::ProjectMeta& meta, const std::vector<core::LayerSummary>& layers,
                      const std::string& path) {
    nlohmann::json json;
    json["file"] = path;
    json["name"] = meta.name;
    json["crs"] = {{"epsg", meta.srid}, {"name", meta.crsName}};
    json["schema_version"] = meta.schemaVersion;
    json["created"] = meta.created;
    json["created_by"] = meta.appVersion;
    json["layers"] = nlohmann::json::array();
    for (const auto& layer : layers) {
        nlohmann::json entry{{"name", layer.table},
                             {"geometry_type", geometryLabel(layer.geometryType)},
                             {"features", layer.featureCount}};
        if (layer.extent) {
            entry["extent"] = {layer.extent->minX, layer.extent->minY, layer.extent->maxX,
                               layer.extent->maxY};
        } else {
            entry["extent"] = nullptr;
        }
        json["layers"].push_back(entry);
    }
    json["vintages"] = meta.vintages;
    json["attributions"] = meta.attributions;
    return json;
}

void printText(const core::ProjectMeta& meta, const std::vector<core::LayerSummary>& layers,
               const std::string& path) {
    fmt::print("Project:        {}\n", meta.name);
    fmt::print("File:           {}\n", path);
    fmt::print("CRS:            EPSG:{} ({})\n", meta.srid, meta.crsName);
    fmt::print("Schema version: {}\n", meta.schemaVersion);
    fmt::print("Created:        {} by gigamap {}\n", meta.created, meta.appVersion);
    fmt::print("\nLayers:\n");
    fmt::print("  {:<16} {:<13} {:>10}  {}\n", "name", "geometry", "features", "extent (m)");
    for (const auto& layer : layers) {
        const std::string extent =
            layer.extent ? fmt::format("{:.1f}, {:.1f} : {:.1f}, {:.1f}", layer.extent->minX,
                                       layer.extent->minY, layer.extent->maxX, layer.extent->maxY)
                         : "empty";
        fmt::print("  {:<16} {:<13} {:>10}  {}\n", layer.table, geometryLabel(layer.geometryType),
                   layer.featureCount, extent);
    }
    fmt::print("\nData sources (vintage, attribution):\n");
    if (meta.vintages.empty() && meta.attributions.empty()) {
        fmt::print("  none recorded (no source data imported yet)\n");
    }
    std::map<std::string, std::pair<std::string, std::string>> sources;
    for (const auto& [source, vintage] : meta.vintages) {
        sources[source].first = vintage;
    }
    for (const auto& [source, attribution] : meta.attributions) {
        sources[source].second = attribution;
    }
    for (const auto& [source, about] : sources) {
        fmt::print("  {:<20} {}\n", source, about.first.empty() ? "-" : about.first);
        if (!about.second.empty()) {
            fmt::print("  {:<20} {}\n", "", about.second);
        }
    }
}

}  // namespace

InfoCommand::InfoCommand(CLI::App& parent) {
    auto* command = parent.add_subcommand("info", "Summarise a project: CRS, layers, vintages");
    command->add_option("PROJECT", path_, "The project: a file or postgresql://…?schema=NAME")
        ->required();
    command->add_flag("--json", json_, "Print a machine-readable JSON summary");
    command->callback([this] { run(); });
}

void InfoCommand::run() const {
    const auto project = core::openProject(core::ProjectLocator::parse(path_),
                                           core::ProjectHandle::Access::ReadOnly);
    const auto meta = project->meta();
    const auto layers = project->layerSummaries();
    if (json_) {
        printJson(toJson(meta, layers, project->display()));
    } else {
        printText(meta, layers, project->display());
    }
}

}  // namespace gigamap::cli

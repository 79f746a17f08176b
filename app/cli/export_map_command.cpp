#include "export_map_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <map>
#include <sstream>

#include "gigamap/core/error.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/project.h"
#include "gigamap/render/basemap.h"
#include "gigamap/render/extent.h"
#include "gigamap/render/map_export.h"
#include "gigamap/render/project_map_layers.h"
#include "headless_gui.h"

namespace gigamap::cli {
namespace {

core::BoundingBox parseExtent(const std::string& text) {
    std::stringstream in(text);
    core::BoundingBox box;
    char comma1 = 0;
    char comma2 = 0;
    char comma3 = 0;
    in >> box.minX >> comma1 >> box.minY >> comma2 >> box.maxX >> comma3 >> box.maxY;
    if (!in || comma1 != ',' || comma2 != ',' || comma3 != ',' || !in.eof() ||
        !(box.minX < box.maxX && box.minY < box.maxY)) {
        throw CLI::ValidationError(
            "--extent", "expected minx,miny,maxx,maxy with min < max, got '" + text + "'");
    }
    return box;
}

QPageSize::PageSizeId paperSize(const std::string& name) {
    static const std::map<std::string, QPageSize::PageSizeId> papers{
        {"A0", QPageSize::A0}, {"A1", QPageSize::A1}, {"A2", QPageSize::A2},
        {"A3", QPageSize::A3}, {"A4", QPageSize::A4}, {"A5", QPageSize::A5}};
    const auto it = papers.find(name);
    if (it == papers.end()) {
        throw CLI::ValidationError("--paper", "expected A0 to A5, got '" + name + "'");
    }
    return it->second;
}

// Everything the visible layers hold.
// Everything the visible project layers hold (their spatial indexes' extents).
std::optional<core::BoundingBox> visibleExtent(core::Project& project,
                                               const std::vector<render::MapLayer>& layers) {
    std::optional<core::BoundingBox> extent;
    for (const auto& layer : layers) {
        if (layer.visible && layer.source == render::MapLayer::Source::Project) {
            if (const auto box = project.layer(layer.table).extent()) {
                render::extendBy(extent, *box);
            }
        }
    }
    return extent;
}

}  // namespace

void ExportMapCommand::addBasemap(std::vector<render::MapLayer>& layers,
                                  render::MapSheetOptions& sheet) const {
    const QString location = QString::fromStdString(basemap_);
    render::Basemap basemap =
        basemap_ == "osm"
            ? render::Basemap::openStreetMap()
            : render::Basemap::fromLocation(location, QString::fromStdString(basemapAttribution_));
    if (basemap.kind == render::Basemap::Kind::TileFile && !std::filesystem::exists(basemap_)) {
        throw CLI::ValidationError(
            "--basemap", "there is no file " + basemap_ + "; give osm, a tile URL or a tile file");
    }
    if (basemap_ != "osm" && basemapAttribution_.empty()) {
        fmt::print(stderr,
                   "gigamap-cli: warning: no --basemap-attribution; most tile licences ask for "
                   "one on every map\n");
    }
    auto layer = render::MapLayer::backgroundFile(
        basemap.gdalName(render::defaultTileCache(), render::tileUserAgent()), {});
    layer.title = basemap.title;
    layer.inLegend = false;
    layers.push_back(std::move(layer));  // top first: the basemap goes under everything
    if (!basemap.attribution.isEmpty()) {
        sheet.attribution += (sheet.attribution.isEmpty() ? "" : "\n") + basemap.attribution;
    }
}

ExportMapCommand::ExportMapCommand(CLI::App& parent) {
    auto* command = parent.add_subcommand(
        "export-map",
        "A map sheet (map, legend, scale bar, north arrow, attribution) as PNG or PDF");
    options_.addTo(*command, "The map to write: .png or .pdf");
    command->add_option("--extent", extent_,
                        "minx,miny,maxx,maxy in the project CRS (default: every visible layer)");
    command->add_option("--dpi", dpi_, "Resolution of the PNG or PDF")->capture_default_str();
    command->add_option("--paper", paper_, "Paper size, A0 to A5")->capture_default_str();
    command->add_flag("--portrait", portrait_, "Portrait instead of landscape");
    command->add_option("--title", title_, "A title above the map");
    command->add_option("--layers", layers_, "Only these layers, e.g. ducts,postcodes")
        ->delimiter(',');
    command->add_option("--basemap", basemap_,
                        "A basemap under the layers: osm (OpenStreetMap's tiles, cached), an XYZ "
                        "URL with {z}/{x}/{y}, a WMTS URL, or an MBTiles or GeoPackage file");
    command->add_option("--basemap-attribution", basemapAttribution_,
                        "What the basemap's licence asks to be printed with it");
    command->callback([this] { run(); });
}

void ExportMapCommand::run() const {
    auto project = core::Project::open(options_.project, core::Project::Access::ReadOnly);
    const HeadlessGui gui;
    auto layers = render::projectMapLayers(project);
    if (!layers_.empty()) {
        for (const auto& wanted : layers_) {
            (void)core::layerSchema(wanted);  // names the known layers when it is not one
        }
        for (auto& layer : layers) {
            layer.visible = std::find(layers_.begin(), layers_.end(), layer.table) != layers_.end();
        }
    }
    render::MapExportOptions options;
    options.out = options_.out;
    options.dpi = dpi_;
    options.paper = paperSize(paper_);
    options.orientation = portrait_ ? QPageLayout::Portrait : QPageLayout::Landscape;
    options.sheet.title = QString::fromStdString(title_.empty() ? project.meta().name : title_);
    options.sheet.attribution = render::projectAttribution(project);
    if (!extent_.empty()) {
        options.extent = parseExtent(extent_);
    } else if (const auto extent = visibleExtent(project, layers)) {
        options.extent = *extent;
    } else {
        throw core::ExportError("the project has nothing to map; give --extent");
    }
    if (!basemap_.empty()) {
        addBasemap(layers, options.sheet);
    }
    const auto problems =
        render::exportMap(render::MapSheet(project.database(), project.srid()), layers, options);
    for (const auto& problem : problems) {
        fmt::print(stderr, "gigamap-cli: warning: {}\n", problem.toStdString());
    }
    if (!options_.quiet) {
        fmt::print("Map written to {} ({} dpi, {} {}).\n", options_.out, dpi_, paper_,
                   portrait_ ? "portrait" : "landscape");
    }
}

}  // namespace gigamap::cli

#include "report_maps.h"

#include <QPainter>
#include <QPainterPath>

#include <fmt/format.h>

#include <map>

#include "gigamap/core/feature_store.h"
#include "gigamap/core/feature_table.h"
#include "gigamap/core/geometry.h"
#include "gigamap/core/geos_context.h"
#include "gigamap/core/project.h"
#include "gigamap/render/extent.h"
#include "gigamap/render/map_sheet.h"
#include "gigamap/render/project_map_layers.h"
#include "gigamap/render/wkb_projector.h"

namespace gigamap::report {
namespace {

constexpr double kPixelRatio = 1.5;  // about 210 dpi on the page
// Sheets in the proportions of the page's text block, under a heading.
const QSize kSheet(1000, 1150);

// The project's layers in its own styles, showing what the report is about.
std::vector<render::MapLayer> reportLayers(core::Project& project) {
    const std::map<std::string, QString> shown{{"hotspots", "Wi-Fi hotspots"},
                                               {"nodes", "Exchanges and cabinets"},
                                               {"ducts", "Ducts"},
                                               {"postcodes", "Postcodes by gigabit coverage"},
                                               {"boundaries", "Wards and district"}};
    auto layers = render::projectMapLayers(project);
    for (auto& layer : layers) {
        const auto title = shown.find(layer.table);
        layer.visible = layer.visible && title != shown.end();
        if (title != shown.end()) {
            layer.title = title->second;
        }
    }
    return layers;
}

// A ward's outline and its box, read at once.
struct WardShape {
    core::BoundingBox box;
    core::Wkb outline;
};

std::optional<WardShape> wardShape(core::Project& project, const std::string& code) {
    const auto query = core::LayerQuery("boundaries")
                           .where(core::FieldCondition::equal("kind", "ward"))
                           .where(core::FieldCondition::equal("code", code))
                           .first(1);
    std::optional<WardShape> shape;
    project.features().scan(query, [&](const core::FeatureRow& row) {
        const core::GeosContext geos;
        shape =
            WardShape{geos.readWkb(row.wkb).envelope(), core::Wkb(row.wkb.begin(), row.wkb.end())};
        return false;
    });
    return shape;
}

core::BoundingBox padded(const core::BoundingBox& box, double share) {
    const double dx = box.width() * share;
    const double dy = box.height() * share;
    return {box.minX - dx, box.minY - dy, box.maxX + dx, box.maxY + dy};
}

// What the district overview shows: the boundaries, postcodes and ducts.
std::optional<core::BoundingBox> projectExtent(core::Project& project) {
    std::optional<core::BoundingBox> extent;
    for (const char* table : {"boundaries", "postcodes", "ducts"}) {
        if (const auto box = project.layer(table).extent()) {
            render::extendBy(extent, *box);
        }
    }
    return extent;
}

// Draws a polygon's WKB on the map: hatched (the gap) or as a bold outline (a ward).
render::MapSheet::Overlay outline(core::Wkb wkb, QPen pen, QBrush brush) {
    return
        [wkb = std::move(wkb), pen, brush](QPainter& painter, const render::MapViewport& viewport) {
            if (wkb.empty()) {
                return;
            }
            const auto screen = render::WkbProjector(viewport).project(wkb);
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(pen);
            painter.setBrush(brush);
            painter.drawPath(screen.areas);
            painter.restore();
        };
}

}  // namespace

ReportMaps drawReportMaps(core::Project& project, const ReportData& data, bool atlas, int width) {
    ReportMaps maps;
    const auto extent = projectExtent(project);
    if (!extent) {
        return maps;
    }
    const render::MapSheet sheet(project.database(), project.srid());
    const auto layers = reportLayers(project);
    render::MapSheetOptions options;
    options.attribution = render::projectAttribution(project);

    options.title = QString::fromStdString(fmt::format(
        "{}: gigabit coverage, ducts and hotspots", data.districtName.value_or(data.projectName)));
    const core::Wkb gap = data.gaps ? data.gaps->gap : core::Wkb{};
    maps.images.push_back({"map-overview.png",
                           sheet.image(kSheet, kPixelRatio, layers, padded(*extent, 0.02), options,
                                       outline(gap, QPen(QColor(90, 90, 90, 120), 0.5),
                                               QBrush(QColor(60, 60, 60, 90), Qt::BDiagPattern)))});
    maps.overview.push_back(
        {"map-overview.png",
         data.gaps
             ? "The district: postcodes coloured by the share of premises with gigabit-capable "
               "broadband, ducts by status, Wi-Fi hotspots with their coverage, and hatched, "
               "the area outside every hotspot and mobile coverage polygon."
             : "The project's area: postcodes by gigabit coverage, ducts and hotspots.",
         width});

    if (!atlas) {
        return maps;
    }
    for (const auto& ward : data.wards) {
        const auto shape =
            ward.premisesLackingGigabit > 0.0 ? wardShape(project, ward.code) : std::nullopt;
        if (!shape) {
            continue;
        }
        const std::string name = fmt::format("map-ward-{}.png", ward.code);
        options.title =
            QString::fromStdString(fmt::format("{} ({}): {:.0f} premises lacking gigabit",
                                               ward.name, ward.code, ward.premisesLackingGigabit));
        maps.images.push_back(
            {name,
             sheet.image(kSheet, kPixelRatio, layers, padded(shape->box, 0.08), options,
                         outline(shape->outline, QPen(QColor("#0b3d5c"), 3.0), Qt::NoBrush))});
        maps.atlas.push_back({name,
                              fmt::format("{}: {} postcodes, {} premises, of which {:.0f} lack "
                                          "gigabit and {:.0f} lack superfast broadband.",
                                          ward.name, ward.postcodes, ward.premises,
                                          ward.premisesLackingGigabit, ward.premisesLackingSfbb),
                              width});
        maps.atlasWards.push_back(ward.name);
    }
    return maps;
}

}  // namespace gigamap::report

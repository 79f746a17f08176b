#include "gaps_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include "field_pairs.h"
#include "gigamap/core/area_gaps.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/feature_file_writer.h"
#include "json_output.h"
#include "terminal_progress.h"

namespace gigamap::cli {
namespace {

const core::LayerSchema& gapLayer() {
    static const core::LayerSchema layer{"coverage_gaps",
                                         core::GeometryType::MultiPolygon,
                                         {{"district_code", core::FieldType::Text},
                                          {"district_name", core::FieldType::Text},
                                          {"district_area_m2", core::FieldType::Real},
                                          {"covered_area_m2", core::FieldType::Real},
                                          {"gap_area_m2", core::FieldType::Real},
                                          {"hotspots", core::FieldType::Integer},
                                          {"mobile_polygons", core::FieldType::Integer}},
                                         {}};
    return layer;
}

double share(double part, double whole) {
    return whole > 0.0 ? 100.0 * part / whole : 0.0;
}

}  // namespace

GapsCommand::GapsCommand(CLI::App& analyse) {
    auto* command = analyse.add_subcommand(
        "gaps", "The district's area not covered by Wi-Fi hotspots or mobile coverage");
    options_.addTo(*command,
                   "The file to write the gap polygon to (.gpkg, .geojson, .shp, .fgb, .kml)");
    command->add_option("--district", district_,
                        "The district's code (needed when the project has several)");
    command
        ->add_option("--mobile", mobile_,
                     "Only mobile coverage polygons with these fields, e.g. "
                     "'technology=4G,operator=EE'")
        ->delimiter(',');
    command->add_flag("--no-hotspots", noHotspots_, "Hotspots do not count as covered");
    command->add_flag("--no-mobile", noMobile_, "Mobile coverage does not count as covered");
    command->callback([this] { run(); });
}

void GapsCommand::run() const {
    auto project = core::Project::open(options_.project, core::Project::Access::ReadOnly);
    TerminalProgress progress("Coverage gaps", options_.quiet);
    const auto result = core::AreaGaps(project).run(
        {district_, !noHotspots_, !noMobile_, fieldPairs(mobile_, "--mobile")}, &progress);
    progress.done();

    importers::FeatureFileWriter writer({options_.out, {}, false, true}, gapLayer(),
                                        project.srid());
    writer.write({1,
                  {{"district_code", result.districtCode},
                   {"district_name", result.districtName},
                   {"district_area_m2", result.districtArea},
                   {"covered_area_m2", result.coveredArea},
                   {"gap_area_m2", result.gapArea},
                   {"hotspots", static_cast<std::int64_t>(result.hotspots)},
                   {"mobile_polygons", static_cast<std::int64_t>(result.mobilePolygons)}},
                  result.gap});
    writer.finish();

    if (options_.json) {
        printJson(nlohmann::json{{"district_code", result.districtCode},
                                 {"district_name", result.districtName},
                                 {"district_area_m2", result.districtArea},
                                 {"covered_area_m2", result.coveredArea},
                                 {"gap_area_m2", result.gapArea},
                                 {"hotspots", result.hotspots},
                                 {"mobile_polygons", result.mobilePolygons},
                                 {"out", options_.out}});
        return;
    }
    fmt::print("Coverage gaps in {} ({}), from {} hotspots and {} mobile coverage polygons:\n",
               result.districtName, result.districtCode, result.hotspots, result.mobilePolygons);
    fmt::print("  district {:.6f} km² ({:.3f} m²)\n", result.districtArea / 1e6,
               result.districtArea);
    fmt::print("  covered  {:.6f} km² ({:.3f} m², {:.4f} %)\n", result.coveredArea / 1e6,
               result.coveredArea, share(result.coveredArea, result.districtArea));
    fmt::print("  gap      {:.6f} km² ({:.3f} m², {:.4f} %)\n", result.gapArea / 1e6,
               result.gapArea, share(result.gapArea, result.districtArea));
    fmt::print("  Gap polygon written to {}\n", options_.out);
}

}  // namespace gigamap::cli

#include "export_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include "field_pairs.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/vector_exporter.h"
#include "json_output.h"

namespace gigamap::cli {

ExportCommand::ExportCommand(CLI::App& parent) {
    auto* command = parent.add_subcommand("export", "Write a layer to another format");
    command->add_option("PROJECT", project_, "The project file")->required();
    command->add_option("TABLE", table_, "The layer, e.g. ducts")->required();
    command->add_option("--out", out_, "The file to write; its extension picks the format")
        ->required();
    command->add_option("--format", format_,
                        "GDAL driver: GPKG, GeoJSON, 'ESRI Shapefile', KML, FlatGeobuf or CSV");
    command->add_option("--where", where_, "field=value: keep only matching features (repeatable)")
        ->take_all();
    command->add_flag("--xy", xy_, "CSV: X and Y columns instead of WKT");
    command->add_flag("--overwrite", overwrite_, "Replace the output file if it exists");
    command->add_flag("--json", json_, "Print the summary as JSON");
    command->callback([this] { run(); });
}

void ExportCommand::run() const {
    auto project = core::Project::open(project_, core::Project::Access::ReadOnly);
    importers::VectorExporter exporter(project);
    const auto summary = exporter.exportTable(
        {table_, out_, format_, fieldPairs(where_, "--where"), xy_, overwrite_});
    if (json_) {
        printJson(nlohmann::json{{"table", table_},
                                 {"file", out_},
                                 {"format", summary.format},
                                 {"features", summary.features},
                                 {"crs", summary.crs},
                                 {"notes", summary.notes}});
        return;
    }
    fmt::print("Exported {} features of {} to {} ({}, {}).\n", summary.features, table_, out_,
               summary.format, summary.crs);
    for (const auto& note : summary.notes) {
        fmt::print("  {}\n", note);
    }
}

}  // namespace gigamap::cli

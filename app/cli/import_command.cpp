#include "import_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include "field_pairs.h"
#include "gigamap/core/bulk_writer.h"
#include "gigamap/core/project_handle.h"
#include "gigamap/core/project_locator.h"
#include "gigamap/importers/import_job.h"
#include "json_output.h"
#include "terminal_progress.h"

namespace gigamap::cli {
namespace {

void addCommonOptions(CLI::App& command, CommonImportOptions& options) {
    command
        .add_option("PROJECT", options.project,
                    "The project file, or postgresql://…?schema=NAME for a server project")
        ->required();
    command.add_option("--rejects", options.rejects,
                       "Where to list rejected rows (default: beside the project)");
    command.add_option("--vintage", options.vintage,
                       "The data's version or date, e.g. 2025.4.0 or 2023-05");
    command.add_option("--attribution", options.attribution,
                       "The attribution the data's licence requires, for reports (replaces the "
                       "source's usual one)");
    command.add_flag("--quiet", options.quiet, "No progress bar");
    command.add_flag("--json", options.json, "Print the summary as JSON");
}

}  // namespace

ImportCommand::ImportCommand(CLI::App& parent) {
    auto* import = parent.add_subcommand("import", "Import source data into a project");
    import->require_subcommand(1);
    addCodePoint(*import);
    addVector(*import);
    addOfcomFixed(*import);
    addOfcomMobile(*import);
    addStreetManager(*import);
}

void ImportCommand::addOfcomMobile(CLI::App& import) {
    auto* command = import.add_subcommand(
        "ofcom-mobile",
        "Ofcom Connected Nations mobile ratings by address, aggregated per postcode");
    addCommonOptions(*command, common_);
    command
        ->add_option("FILE", files_, "CSV files with PostCode and ratings such as EEVoiceOutdoor")
        ->required();
    command->callback([this] { runOfcomMobile(); });
}

void ImportCommand::addStreetManager(CLI::App& import) {
    auto* command = import.add_subcommand(
        "street-manager",
        "DfT Street Manager open data: event JSON, arrays, JSON Lines, SNS envelopes, archive "
        "CSV, or folders of them");
    addCommonOptions(*command, common_);
    command->add_option("PATH", files_, "Files or folders of Street Manager events")->required();
    command->callback([this] { runStreetManager(); });
}

void ImportCommand::addOfcomFixed(CLI::App& import) {
    auto* command = import.add_subcommand(
        "ofcom-fixed", "Ofcom Connected Nations fixed coverage, postcode or local-authority level");
    addCommonOptions(*command, common_);
    command->add_option("FILE", files_, "Ofcom CSV files, e.g. 202305_fixed_pc_coverage_r01_LA.csv")
        ->required();
    command->add_option("--district", district_,
                        "For a local-authority file: the district's code (default: the "
                        "project's district boundary)");
    command->callback([this] { runOfcomFixed(); });
}

void ImportCommand::addCodePoint(CLI::App& import) {
    auto* command = import.add_subcommand(
        "codepoint", "OS Code-Point Open CSV (or a CSV with postcode and coordinates columns)");
    addCommonOptions(*command, common_);
    command->add_option("FILE", files_, "Code-Point Open CSV files")->required();
    command->add_option("--district", district_,
                        "Keep only postcodes of this Admin_district_code, e.g. E07000121");
    command->callback([this] { runCodePoint(); });
}

void ImportCommand::addVector(CLI::App& import) {
    auto* command = import.add_subcommand(
        "vector", "Any vector file GDAL reads (GeoPackage, Shapefile, GeoJSON, KML, CSV...)");
    addCommonOptions(*command, common_);
    command->add_option("FILE", files_, "The source file")->required()->expected(1);
    command->add_option("--into", into_, "The project layer to fill, e.g. boundaries")->required();
    command->add_option("--layer", layer_, "The source layer, when the file has several");
    command->add_option("--map", maps_, "target=source: take a field from another source field")
        ->take_all();
    command->add_option("--set", sets_, "field=value: set a field to a constant")->take_all();
    command->add_option("--s-srs", sourceCrs_,
                        "The source CRS, e.g. EPSG:4326, if the file has none");
    command->add_option("--source", sourceName_,
                        "Name under which the project records --vintage and --attribution "
                        "(default: the layer's name)");

    command->callback([this] { runVector(); });
}

importers::ImportJob ImportCommand::job(importers::ImportKind kind) const {
    importers::ImportJob job;
    job.kind = kind;
    job.paths.assign(files_.begin(), files_.end());
    job.source = {.rejectsFile = common_.rejects,
                  .vintage = common_.vintage,
                  .attribution = common_.attribution};
    if (!district_.empty()) {
        job.district = district_;
    }
    return job;
}

void ImportCommand::runCodePoint() const {
    run(job(importers::ImportKind::CodePoint));
}

void ImportCommand::runVector() const {
    importers::ImportJob vector = job(importers::ImportKind::Vector);
    vector.vector.table = into_;
    if (!layer_.empty()) {
        vector.vector.layer = layer_;
    }
    vector.vector.fields = fieldPairs(maps_, "--map");
    vector.vector.values = fieldPairs(sets_, "--set");
    if (!sourceCrs_.empty()) {
        vector.vector.sourceCrs = sourceCrs_;
    }
    vector.vector.sourceName = sourceName_;
    run(vector);
}

void ImportCommand::runOfcomFixed() const {
    run(job(importers::ImportKind::OfcomFixed));
}

void ImportCommand::runOfcomMobile() const {
    run(job(importers::ImportKind::OfcomMobile));
}

void ImportCommand::runStreetManager() const {
    run(job(importers::ImportKind::StreetManager));
}

void ImportCommand::run(const importers::ImportJob& job) const {
    const auto project = core::openProject(core::ProjectLocator::parse(common_.project),
                                           core::ProjectHandle::Access::ReadWrite);
    const auto writer = core::bulkWriter(*project);
    const auto& kind = importers::importKind(job.kind);
    const std::string label = job.kind == importers::ImportKind::Vector
                                  ? std::string(kind.progressLabel) + " " + job.vector.table
                                  : std::string(kind.progressLabel);
    TerminalProgress progress(label, common_.quiet);
    const auto summary = job.run(*writer, &progress);
    progress.done();
    report(summary);
}

void ImportCommand::report(const importers::ImportSummary& summary) const {
    if (common_.json) {
        nlohmann::json json{
            {"table", summary.table},       {"read", summary.read},
            {"inserted", summary.inserted}, {"updated", summary.updated},
            {"skipped", summary.skipped},   {"rejected", summary.rejected},
            {"repaired", summary.repaired}, {"rejects_file", summary.rejectsFile.string()},
            {"notes", summary.notes}};
        printJson(json);
        return;
    }
    fmt::print(
        "Imported into {}: {} read, {} new, {} updated, {} skipped, {} rejected, {} repaired.\n",
        summary.table, summary.read, summary.inserted, summary.updated, summary.skipped,
        summary.rejected, summary.repaired);
    for (const auto& note : summary.notes) {
        fmt::print("  {}\n", note);
    }
    if (!summary.rejectsFile.empty()) {
        fmt::print("  Rejected rows, with line and reason: {}\n", summary.rejectsFile.string());
    }
}

}  // namespace gigamap::cli

#include "analyse_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include "gigamap/core/coverage_by_area.h"
#include "gigamap/core/csv_table.h"
#include "gigamap/core/nearest_duct.h"
#include "gigamap/core/project.h"
#include "terminal_progress.h"

namespace gigamap::cli {
namespace {

std::vector<core::Value> coverageLine(const core::CoverageRow& row) {
    return {row.code,
            row.name,
            row.postcodes,
            row.premises,
            row.premisesLackingGigabit,
            row.premisesLackingSfbb,
            row.premisesLackingFullFibre,
            row.premisesBelowUso};
}

}  // namespace

AnalyseCommand::AnalyseCommand(CLI::App& parent) {
    auto* analyse = parent.add_subcommand("analyse", "Run an analysis on a project");
    analyse->alias("analyze");
    analyse->require_subcommand(1);
    addCoverage(*analyse);
    addNearestDuct(*analyse);
}

void AnalyseCommand::addNearestDuct(CLI::App& analyse) {
    auto* command = analyse.add_subcommand(
        "nearest-duct",
        "Straight-line distance from each underserved postcode to the nearest duct");
    command->add_option("PROJECT", project_, "The project file")->required();
    command
        ->add_option("--metric", metric_, "The postcode percentage that decides who is underserved")
        ->capture_default_str();
    command->add_option("--below", below_, "Underserved: metric below this")->capture_default_str();
    command->add_option("--status", status_, "Measure to ducts of this status")
        ->capture_default_str();
    command->add_option("--out", out_, "The CSV to write: postcode, distance_m, duct_ref")
        ->required();
    command->add_flag("--quiet", quiet_, "No progress bar");
    command->add_flag("--json", json_, "Print the summary as JSON");
    command->callback([this] { runNearestDuct(); });
}

void AnalyseCommand::runNearestDuct() const {
    auto project = core::Project::open(project_, core::Project::Access::ReadOnly);
    TerminalProgress progress("Nearest duct", quiet_);
    const auto result = core::NearestDuct(project).run({metric_, below_, status_}, &progress);
    progress.done();
    std::vector<std::vector<core::Value>> rows;
    rows.reserve(result.rows.size());
    for (const auto& row : result.rows) {
        rows.push_back({row.postcode, row.distance, row.ductRef});
    }
    core::writeCsv(out_, {"postcode", "distance_m", "duct_ref"}, rows);
    const auto count = static_cast<std::int64_t>(result.rows.size());
    if (json_) {
        fmt::print("{}\n", nlohmann::json{{"count", count},
                                          {"sum_m", result.sum},
                                          {"mean_m", result.mean},
                                          {"max_m", result.max},
                                          {"out", out_}}
                               .dump(2));
        return;
    }
    fmt::print(
        "Nearest {} duct for {} postcodes with {} below {}: sum {:.1f} m, mean {:.1f} m, max "
        "{:.1f} m.\n",
        status_, count, metric_, below_, result.sum, result.mean, result.max);
    fmt::print("  Written to {}\n", out_);
}

void AnalyseCommand::addCoverage(CLI::App& analyse) {
    auto* command = analyse.add_subcommand("coverage",
                                           "Premises lacking gigabit, SFBB, full fibre and the "
                                           "USO, per ward (or other boundary kind)");
    command->add_option("PROJECT", project_, "The project file")->required();
    command->add_option("--by", by_, "The kind of boundary: ward, district, or another kind")
        ->capture_default_str();
    command->add_option("--out", out_, "The CSV to write, one row per boundary")->required();
    command->add_option("--assignments", assignments_,
                        "Also write postcode,code for every postcode");
    command->add_flag("--quiet", quiet_, "No progress bar");
    command->add_flag("--json", json_, "Print the summary as JSON");
    command->callback([this] { runCoverage(); });
}

void AnalyseCommand::runCoverage() const {
    auto project = core::Project::open(project_, core::Project::Access::ReadOnly);
    TerminalProgress progress("Coverage by " + by_, quiet_);
    const auto result = core::CoverageByArea(project).run(by_, &progress);
    progress.done();

    std::vector<std::vector<core::Value>> rows;
    for (const auto& row : result.boundaries) {
        rows.push_back(coverageLine(row));
    }
    rows.push_back(coverageLine(result.unassigned));
    core::writeCsv(out_,
                   {"code", "name", "postcodes", "premises", "premises_lacking_gigabit",
                    "premises_lacking_sfbb", "premises_lacking_full_fibre", "premises_below_uso"},
                   rows);
    if (!assignments_.empty()) {
        std::vector<std::vector<core::Value>> lines;
        lines.reserve(result.assignments.size());
        for (const auto& assignment : result.assignments) {
            lines.push_back({assignment.postcode, assignment.code});
        }
        core::writeCsv(assignments_, {"postcode", "code"}, lines);
    }

    std::int64_t postcodes = result.unassigned.postcodes;
    double lacking = result.unassigned.premisesLackingGigabit;
    for (const auto& row : result.boundaries) {
        postcodes += row.postcodes;
        lacking += row.premisesLackingGigabit;
    }
    if (json_) {
        fmt::print("{}\n", nlohmann::json{{"boundaries", result.boundaries.size()},
                                          {"postcodes", postcodes},
                                          {"unassigned", result.unassigned.postcodes},
                                          {"premises_lacking_gigabit", lacking},
                                          {"out", out_}}
                               .dump(2));
        return;
    }
    fmt::print(
        "Coverage by {}: {} boundaries, {} postcodes ({} unassigned), {:.0f} premises lacking "
        "gigabit.\n",
        by_, result.boundaries.size(), postcodes, result.unassigned.postcodes, lacking);
    fmt::print("  Written to {}{}\n", out_, assignments_.empty() ? "" : " and " + assignments_);
}

}  // namespace gigamap::cli

#include "nearest_duct_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include "gigamap/core/analysis_tables.h"
#include "gigamap/core/csv_table.h"
#include "gigamap/core/nearest_duct.h"
#include "gigamap/core/project.h"
#include "json_output.h"
#include "terminal_progress.h"

namespace gigamap::cli {

NearestDuctCommand::NearestDuctCommand(CLI::App& analyse) {
    auto* command = analyse.add_subcommand(
        "nearest-duct",
        "Straight-line distance from each underserved postcode to the nearest duct");
    options_.addTo(*command, "The CSV to write: postcode, distance_m, duct_ref");
    command
        ->add_option("--metric", metric_, "The postcode percentage that decides who is underserved")
        ->capture_default_str();
    command->add_option("--below", below_, "Underserved: metric below this")->capture_default_str();
    command->add_option("--status", status_, "Measure to ducts of this status")
        ->capture_default_str();
    command->callback([this] { run(); });
}

void NearestDuctCommand::run() const {
    auto project = core::Project::open(options_.project, core::Project::Access::ReadOnly);
    TerminalProgress progress("Nearest duct", options_.quiet);
    const auto result = core::NearestDuct(project).run({metric_, below_, status_}, &progress);
    progress.done();
    const auto table = core::nearestDuctTable(result);
    core::writeCsv(options_.out, table.header, table.rows);
    const auto count = static_cast<std::int64_t>(result.rows.size());
    if (options_.json) {
        printJson(nlohmann::json{{"count", count},
                                 {"sum_m", result.sum},
                                 {"mean_m", result.mean},
                                 {"max_m", result.max},
                                 {"out", options_.out}});
        return;
    }
    fmt::print(
        "Nearest {} duct for {} postcodes with {} below {}: sum {:.1f} m, mean {:.1f} m, max "
        "{:.1f} m.\n",
        status_, count, metric_, below_, result.sum, result.mean, result.max);
    fmt::print("  Written to {}\n", options_.out);
}

}  // namespace gigamap::cli

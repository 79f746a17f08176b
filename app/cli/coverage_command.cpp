#include "coverage_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include "gigamap/core/analysis_tables.h"
#include "gigamap/core/coverage_by_area.h"
#include "gigamap/core/csv_table.h"
#include "gigamap/core/project.h"
#include "json_output.h"
#include "terminal_progress.h"

namespace gigamap::cli {
CoverageCommand::CoverageCommand(CLI::App& analyse) {
    auto* command = analyse.add_subcommand("coverage",
                                           "Premises lacking gigabit, SFBB, full fibre and the "
                                           "USO, per ward (or other boundary kind)");
    options_.addTo(*command, "The CSV to write, one row per boundary");
    command->add_option("--by", by_, "The kind of boundary: ward, district, or another kind")
        ->capture_default_str();
    command->add_option("--assignments", assignments_,
                        "Also write postcode,code for every postcode");
    command->callback([this] { run(); });
}

void CoverageCommand::run() const {
    auto project = core::Project::open(options_.project, core::Project::Access::ReadOnly);
    TerminalProgress progress("Coverage by " + by_, options_.quiet);
    const auto result = core::CoverageByArea(project).run(by_, &progress);
    progress.done();

    const auto table = core::coverageTable(result);
    core::writeCsv(options_.out, table.header, table.rows);
    if (!assignments_.empty()) {
        const auto assignments = core::assignmentTable(result);
        core::writeCsv(assignments_, assignments.header, assignments.rows);
    }

    std::int64_t postcodes = result.unassigned.postcodes;
    double lacking = result.unassigned.premisesLackingGigabit;
    for (const auto& row : result.boundaries) {
        postcodes += row.postcodes;
        lacking += row.premisesLackingGigabit;
    }
    if (options_.json) {
        printJson(nlohmann::json{{"boundaries", result.boundaries.size()},
                                 {"postcodes", postcodes},
                                 {"unassigned", result.unassigned.postcodes},
                                 {"premises_lacking_gigabit", lacking},
                                 {"out", options_.out}});
        return;
    }
    fmt::print(
        "Coverage by {}: {} boundaries, {} postcodes ({} unassigned), {:.0f} premises lacking "
        "gigabit.\n",
        by_, result.boundaries.size(), postcodes, result.unassigned.postcodes, lacking);
    fmt::print("  Written to {}{}\n", options_.out,
               assignments_.empty() ? "" : " and " + assignments_);
}

}  // namespace gigamap::cli

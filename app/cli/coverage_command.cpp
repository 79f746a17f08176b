#include "coverage_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include "gigamap/core/coverage_by_area.h"
#include "gigamap/core/csv_table.h"
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

    std::vector<std::vector<core::Value>> rows;
    for (const auto& row : result.boundaries) {
        rows.push_back(coverageLine(row));
    }
    rows.push_back(coverageLine(result.unassigned));
    core::writeCsv(options_.out,
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
    if (options_.json) {
        fmt::print("{}\n", nlohmann::json{{"boundaries", result.boundaries.size()},
                                          {"postcodes", postcodes},
                                          {"unassigned", result.unassigned.postcodes},
                                          {"premises_lacking_gigabit", lacking},
                                          {"out", options_.out}}
                               .dump(2));
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

#include "report_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <nlohmann/json.hpp>

#include "gigamap/core/cost_model.h"
#include "gigamap/core/project.h"
#include "gigamap/report/report.h"
#include "headless_gui.h"
#include "json_output.h"
#include "terminal_progress.h"

namespace gigamap::cli {
ReportCommand::ReportCommand(CLI::App& parent) {
    auto* command = parent.add_subcommand(
        "report", "The procurement report: coverage, gaps, costed build, One Dig, schedules");
    options_.addTo(*command, "The report to write: .pdf or .html");
    command->add_option("--cost-model", costModel_,
                        "Rates from this JSON file instead of the project's cost model");
    command->add_flag("--save-cost-model", saveCostModel_,
                      "Also store the --cost-model rates in the project");
    command->add_option("--distance", distance_, "One Dig distance in metres")
        ->capture_default_str();
    command->add_option("--date", date_, "The report's date (YYYY-MM-DD; default today)");
    command->add_flag("--no-atlas", noAtlas_, "No map page per ward");
    command->callback([this] { run(); });
}

void ReportCommand::run() const {
    const auto access =
        saveCostModel_ ? core::Project::Access::ReadWrite : core::Project::Access::ReadOnly;
    auto project = core::Project::open(options_.project, access);
    report::ReportOptions options;
    options.costs = costModel_.empty() ? core::CostModel::load(project)
                                       : core::CostModel::fromJsonFile(costModel_);
    if (saveCostModel_) {
        options.costs.save(project);
    }
    options.oneDigDistance = distance_;
    options.date = date_;
    options.atlas = !noAtlas_;

    const HeadlessGui gui;
    TerminalProgress progress("Report", options_.quiet);
    const auto summary = report::writeReport(project, options, options_.out, &progress);
    progress.done();
    if (options_.json) {
        printJson(nlohmann::json{{"format", summary.format},
                                 {"figures", summary.figures},
                                 {"wards", summary.wards},
                                 {"proposed_build_total", summary.total},
                                 {"out", options_.out}});
        return;
    }
    fmt::print("Report written to {} ({}, {} figures, {} wards; proposed build £{:.0f}).\n",
               options_.out, summary.format, summary.figures, summary.wards, summary.total);
}

}  // namespace gigamap::cli

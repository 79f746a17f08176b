#include "plan_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "gigamap/core/cost_model.h"
#include "gigamap/core/csv_table.h"
#include "gigamap/core/edit_journal.h"
#include "gigamap/core/error.h"
#include "gigamap/core/planning/plan_output.h"
#include "gigamap/core/project.h"
#include "gigamap/importers/feature_file_writer.h"
#include "terminal_progress.h"

namespace gigamap::cli {
namespace {

using core::planning::PlanOptions;

// Postcodes listed in a file, one a line or in the first column of a CSV
// (a header row naming "postcode" is skipped).
std::vector<std::string> readSelection(const std::string& file) {
    std::ifstream in(file);
    if (!in) {
        throw core::ImportError(fmt::format("cannot read the selection file {}", file));
    }
    std::vector<std::string> postcodes;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        std::string first = line.substr(0, line.find(','));
        std::erase(first, '"');
        std::erase(first, '\r');
        if (first.find_first_not_of(" \t") == std::string::npos ||
            (number == 1 && (first == "postcode" || first == "Postcode"))) {
            continue;
        }
        postcodes.push_back(first);
    }
    if (postcodes.empty()) {
        throw core::ImportError(fmt::format("the selection file {} names no postcode", file));
    }
    return postcodes;
}

// Writes layers into one new GeoPackage: beside the target, renamed into place at the end.
class GeoPackageOut {
public:
    GeoPackageOut(std::filesystem::path path, int srid)
        : path_(std::move(path)), partial_(path_.string() + ".partial.gpkg"), srid_(srid) {
        std::filesystem::remove(partial_);
    }
    GeoPackageOut(const GeoPackageOut&) = delete;
    GeoPackageOut& operator=(const GeoPackageOut&) = delete;
    ~GeoPackageOut() {
        std::error_code ignored;
        std::filesystem::remove(partial_, ignored);
    }

    void layer(const core::LayerSchema& schema, const std::vector<core::Feature>& features) {
        importers::FeatureFileOptions options;
        options.out = partial_;
        options.format = "GPKG";
        options.addLayer = true;
        importers::FeatureFileWriter writer(options, schema, srid_);
        for (const auto& feature : features) {
            writer.write(feature);
        }
        (void)writer.finish();
    }
    void finish() { std::filesystem::rename(partial_, path_); }

private:
    std::filesystem::path path_;
    std::filesystem::path partial_;
    int srid_;
};

std::string pounds(double value) {
    return fmt::format("£{:.0f}", value);
}

}  // namespace

PlanCommand::PlanCommand(CLI::App& app) {
    auto* command = app.add_subcommand(
        "plan",
        "Plan the build: least-cost duct routes to the premises lacking gigabit, sharing trench "
        "and digging with the street works in the window");
    command->add_option("PROJECT", project_, "The project file")->required();
    command->add_option("--out", out_, "The plan as a GeoPackage (ducts, chambers, unreachable)")
        ->required();
    command
        ->add_option("--targets", targets_,
                     "below-gigabit (postcodes below --below on --metric), ward:CODE (those in "
                     "one ward) or selection FILE (postcodes listed in FILE)")
        ->expected(1, 2)
        ->capture_default_str();
    command->add_option("--metric", metric_, "The coverage field a target lies below")
        ->capture_default_str();
    command->add_option("--below", below_, "Targets: postcodes below this value")
        ->capture_default_str();
    command
        ->add_option("--from", from_,
                     "Where the network starts: any of existing-ducts, "
                     "exchange, cabinet (comma separated)")
        ->capture_default_str();
    command->add_option("--window", window_,
                        "The build window START..END (YYYY-MM-DD): street works open in it are "
                        "dug with, Section 58 restrictions in force in it are avoided");
    command->add_option("--budget", budget_,
                        "Pounds: keep within them, passing the most premises per pound");
    command
        ->add_option("--distance", distance_, "Metres: a street work this near shares its trench")
        ->capture_default_str();
    command->add_option("--bill", bill_, "The bill of quantities as CSV");
    command->add_option("--explain", explain_,
                        "The graph used as a GeoPackage (edges, targets, sources)");
    command->add_option("--cost-model", costModel_,
                        "Rates from this JSON file instead of the project's cost model");
    command->add_flag("--apply", apply_,
                      "Also write the plan into the project (one transaction, logged in edit_log)");
    command->add_flag("--json", json_, "Print the summary as JSON");
    command->add_flag("--quiet", quiet_, "No progress bar");
    command->callback([this] { run(); });
}

PlanOptions PlanCommand::planOptions() const {
    PlanOptions options;
    const std::string& kind = targets_.front();
    if (kind == "below-gigabit" && targets_.size() == 1) {
        options.targets = PlanOptions::Targets::BelowThreshold;
    } else if (kind.rfind("ward:", 0) == 0 && kind.size() > 5 && targets_.size() == 1) {
        options.targets = PlanOptions::Targets::Ward;
        options.ward = kind.substr(5);
    } else if (kind == "selection" && targets_.size() == 2) {
        options.targets = PlanOptions::Targets::Selection;
        options.selection = readSelection(targets_[1]);
    } else {
        throw CLI::ValidationError("--targets", "give below-gigabit, ward:CODE or selection FILE");
    }
    options.metric = metric_;
    options.below = below_;
    options.fromExistingDucts = options.fromExchanges = options.fromCabinets = false;
    std::stringstream list(from_);
    for (std::string item; std::getline(list, item, ',');) {
        if (item == "existing-ducts") {
            options.fromExistingDucts = true;
        } else if (item == "exchange") {
            options.fromExchanges = true;
        } else if (item == "cabinet") {
            options.fromCabinets = true;
        } else {
            throw CLI::ValidationError(
                "--from",
                fmt::format("'{}' is not a source; give existing-ducts, exchange or cabinet",
                            item));
        }
    }
    if (!window_.empty()) {
        const auto dots = window_.find("..");
        const auto range =
            dots == std::string::npos
                ? std::nullopt
                : core::DayRange::fromIso(window_.substr(0, dots), window_.substr(dots + 2));
        if (!range || window_.size() != dots + 12 || dots != 10) {
            throw CLI::ValidationError(
                "--window", fmt::format("'{}' is not START..END as YYYY-MM-DD..YYYY-MM-DD with "
                                        "START not after END",
                                        window_));
        }
        options.window = range;
    }
    if (budget_ >= 0.0) {
        options.budget = budget_;
    }
    if (!(distance_ >= 0.0)) {
        throw CLI::ValidationError("--distance", "must be 0 or more");
    }
    options.distance = distance_;
    return options;
}

void PlanCommand::run() const {
    const PlanOptions options = planOptions();
    auto project = core::Project::open(
        project_, apply_ ? core::Project::Access::ReadWrite : core::Project::Access::ReadOnly);
    const core::CostModel costs = costModel_.empty() ? core::CostModel::load(project)
                                                     : core::CostModel::fromJsonFile(costModel_);
    TerminalProgress progress("Planning", quiet_);
    const auto result = core::planning::BuildPlanner(project).run(options, costs, &progress);
    progress.done();

    const auto features = core::planning::planFeatures(project, result);
    {
        GeoPackageOut out(out_, project.srid());
        out.layer(core::planning::planDuctsLayer(), features.ducts);
        out.layer(core::layerSchema("chambers"), features.chambers);
        out.layer(core::planning::unreachableLayer(), core::planning::unreachableFeatures(result));
        out.finish();
    }
    if (!explain_.empty()) {
        GeoPackageOut out(explain_, project.srid());
        out.layer(core::planning::explainEdgesLayer(), core::planning::explainEdges(result));
        out.layer(core::planning::explainTargetsLayer(), core::planning::explainTargets(result));
        out.layer(core::planning::explainSourcesLayer(), core::planning::explainSources(result));
        out.finish();
    }
    const auto bill = core::planning::billTable(result, costs);
    if (!bill_.empty()) {
        core::writeCsv(bill_, bill.header, bill.rows);
    }
    if (apply_) {
        const char* user = std::getenv("USER");
        core::EditJournal(project, fmt::format("{} (gigamap-cli plan)", user ? user : "unknown"))
            .apply(core::planning::planChanges(features));
    }

    std::size_t unreachable = 0;
    for (const auto& target : result.targets) {
        unreachable += target.connected ? 0U : 1U;
    }
    const auto& p = result.plan;
    const auto& n = result.naive;
    if (json_) {
        fmt::print("{}\n",
                   nlohmann::json{{"targets", result.targets.size()},
                                  {"connected", p.postcodesPassed},
                                  {"unreachable", unreachable},
                                  {"premises_passed", p.premisesPassed},
                                  {"sources", result.sources.size()},
                                  {"roads", result.roads},
                                  {"graph_nodes", result.nodes.size()},
                                  {"graph_edges", result.edges.size()},
                                  {"components", result.components},
                                  {"components_without_source", result.componentsWithoutSource},
                                  {"blocked_edges", result.blockedEdges},
                                  {"works_in_window", result.worksInWindow},
                                  {"restrictions_in_force", result.restrictionsInForce},
                                  {"ducts", features.ducts.size()},
                                  {"chambers", p.junctionChambers + p.spacingChambers},
                                  {"edge_cost", p.edgeCost},
                                  {"total", p.total},
                                  {"naive_total", n.total},
                                  {"saving_from_shared_trench", n.total - p.total},
                                  {"saving_from_street_works", result.streetWorksSaving},
                                  {"applied", apply_},
                                  {"seconds",
                                   {{"read", result.timings.read},
                                    {"graph", result.timings.graph},
                                    {"pricing", result.timings.pricing},
                                    {"shortest_paths", result.timings.shortestPaths},
                                    {"tree", result.timings.tree}}},
                                  {"out", out_}}
                       .dump(2));
        return;
    }
    fmt::print(
        "Plan: {} of {} target postcodes connected ({} premises) from {} sources over {} "
        "roads ({} parts, {} with targets but no source).\n",
        p.postcodesPassed, result.targets.size(), p.premisesPassed, result.sources.size(),
        result.roads, result.components, result.componentsWithoutSource);
    fmt::print(
        "  {} proposed ducts, {} m new trench, {} m in existing duct, {} m dug with {} "
        "street works; {} chambers.\n",
        features.ducts.size(),
        static_cast<long long>(p.trenchMetres[0] + p.trenchMetres[1] + p.trenchMetres[2] +
                               p.trenchMetres[3] + p.leadInMetres),
        static_cast<long long>(p.reusedMetres), static_cast<long long>(p.sharedMetres),
        result.worksInWindow, p.junctionChambers + p.spacingChambers);
    fmt::print(
        "  Cost {} ({} per premises passed); each premises by its own path: {}; saved by "
        "sharing trench {}, by digging with street works {}.\n",
        pounds(p.total),
        p.premisesPassed > 0 ? pounds(p.total / static_cast<double>(p.premisesPassed))
                             : std::string("-"),
        pounds(n.total), pounds(n.total - p.total), pounds(result.streetWorksSaving));
    if (unreachable > 0) {
        fmt::print("  {} targets not connected (layer 'unreachable' says why).\n", unreachable);
    }
    if (!result.window) {
        fmt::print("  No --window: street works and Section 58 restrictions were not used.\n");
    }
    fmt::print("  Written to {}{}{}{}\n", out_, bill_.empty() ? "" : ", " + bill_,
               explain_.empty() ? "" : ", " + explain_, apply_ ? "; applied to the project" : "");
}

}  // namespace gigamap::cli

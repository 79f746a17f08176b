#include "one_dig_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "gigamap/core/csv_table.h"
#include "gigamap/core/error.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"
#include "terminal_progress.h"

namespace gigamap::cli {
namespace {

core::Value usrnValue(const std::optional<std::int64_t>& usrn) {
    return usrn ? core::Value(*usrn) : core::Value();
}

void writeOpportunities(const std::filesystem::path& file,
                        const std::vector<core::DigOpportunity>& opportunities) {
    std::vector<std::vector<core::Value>> rows;
    rows.reserve(opportunities.size());
    for (const auto& o : opportunities) {
        rows.push_back({o.workReference, o.ductRef, o.distance, core::isoDate(o.overlap.start),
                        core::isoDate(o.overlap.end), std::int64_t{o.overlap.days()},
                        usrnValue(o.usrn), o.promoter});
    }
    core::writeCsv(file,
                   {"work_reference_number", "duct_ref", "distance_m", "overlap_start",
                    "overlap_end", "overlap_days", "usrn", "promoter_organisation"},
                   rows);
}

void writeConflicts(const std::filesystem::path& file,
                    const std::vector<core::WorksConflict>& conflicts) {
    std::vector<std::vector<core::Value>> rows;
    rows.reserve(conflicts.size());
    for (const auto& c : conflicts) {
        rows.push_back({c.workReferenceA, c.workReferenceB, c.distance,
                        core::isoDate(c.overlap.start), core::isoDate(c.overlap.end),
                        std::int64_t{c.overlap.days()}, usrnValue(c.usrnA), usrnValue(c.usrnB)});
    }
    core::writeCsv(file,
                   {"work_reference_number_a", "work_reference_number_b", "distance_m",
                    "overlap_start", "overlap_end", "overlap_days", "usrn_a", "usrn_b"},
                   rows);
}

void writeBlocked(const std::filesystem::path& file, const std::vector<core::BlockedDig>& blocked) {
    std::vector<std::vector<core::Value>> rows;
    rows.reserve(blocked.size());
    for (const auto& b : blocked) {
        rows.push_back({b.ductRef, usrnValue(b.usrn), core::isoDate(b.restriction.start),
                        core::isoDate(b.restriction.end), b.length});
    }
    core::writeCsv(file, {"duct_ref", "usrn", "restriction_start", "restriction_end", "length_m"},
                   rows);
}

}  // namespace

OneDigCommand::OneDigCommand(CLI::App& analyse) {
    auto* command = analyse.add_subcommand(
        "one-dig",
        "Dig-once opportunities, street works conflicts and Section 58 blocks on planned ducts");
    options_.addTo(*command,
                   "The folder to write opportunities.csv, conflicts.csv and blocked.csv to");
    command->add_option("--distance", distance_, "Near: within this many metres (inclusive)")
        ->capture_default_str();
    command->callback([this] { run(); });
}

void OneDigCommand::run() const {
    auto project = core::Project::open(options_.project, core::Project::Access::ReadOnly);
    const std::filesystem::path folder(options_.out);
    if (std::filesystem::exists(folder) && !std::filesystem::is_directory(folder)) {
        throw core::ExportError(options_.out + " is a file; --out needs a folder");
    }
    TerminalProgress progress("One Dig", options_.quiet);
    const auto result = core::OneDig(project).run({distance_}, &progress);
    progress.done();

    std::filesystem::create_directories(folder);
    writeOpportunities(folder / "opportunities.csv", result.opportunities);
    writeConflicts(folder / "conflicts.csv", result.conflicts);
    writeBlocked(folder / "blocked.csv", result.blocked);

    if (options_.json) {
        fmt::print("{}\n", nlohmann::json{{"works", result.works},
                                          {"planned_ducts", result.plannedDucts},
                                          {"restrictions", result.restrictions},
                                          {"opportunities", result.opportunities.size()},
                                          {"conflicts", result.conflicts.size()},
                                          {"blocked", result.blocked.size()},
                                          {"distance_m", distance_},
                                          {"out", options_.out}}
                               .dump(2));
        return;
    }
    fmt::print(
        "One Dig within {} m: {} active street works, {} planned ducts, {} Section 58 "
        "restrictions.\n",
        distance_, result.works, result.plannedDucts, result.restrictions);
    fmt::print("  {} dig-once opportunities, {} works conflicts, {} blocked digs.\n",
               result.opportunities.size(), result.conflicts.size(), result.blocked.size());
    fmt::print("  Written to {}/opportunities.csv, conflicts.csv and blocked.csv\n", options_.out);
}

}  // namespace gigamap::cli

#include "one_dig_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "gigamap/core/analysis_tables.h"
#include "gigamap/core/csv_table.h"
#include "gigamap/core/error.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"
#include "terminal_progress.h"

namespace gigamap::cli {

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
    for (const auto& [file, table] :
         {std::pair{"opportunities.csv", core::opportunitiesTable(result)},
          std::pair{"conflicts.csv", core::conflictsTable(result)},
          std::pair{"blocked.csv", core::blockedTable(result)}}) {
        core::writeCsv(folder / file, table.header, table.rows);
    }

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

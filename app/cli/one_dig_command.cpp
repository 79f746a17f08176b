#include "one_dig_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "gigamap/core/analysis_tables.h"
#include "gigamap/core/csv_table.h"
#include "gigamap/core/day_range.h"
#include "gigamap/core/error.h"
#include "gigamap/core/one_dig.h"
#include "gigamap/core/project.h"
#include "json_output.h"
#include "terminal_progress.h"

namespace gigamap::cli {

OneDigCommand::OneDigCommand(CLI::App& analyse) {
    auto* command = analyse.add_subcommand(
        "one-dig",
        "Dig-once opportunities with the day to apply by, street works conflicts, Section 58 "
        "blocks, near misses and last chances before Section 58 restrictions");
    options_.addTo(*command,
                   "The folder to write opportunities.csv, conflicts.csv, blocked.csv, "
                   "near_misses.csv, near_miss_promoters.csv and last_chance.csv to");
    command->add_option("--distance", distance_, "Near: within this many metres (inclusive)")
        ->capture_default_str();
    command
        ->add_option("--gap", gapDays_,
                     "Near misses: the later dig starts at most this many days after the "
                     "earlier ends")
        ->capture_default_str()
        ->check(CLI::NonNegativeNumber);
    command
        ->add_option("--date", date_,
                     "Opportunities whose join-by day is before this date (YYYY-MM-DD; default "
                     "today) are marked missed")
        ->check([](const std::string& text) {
            return core::dayNumber(text) && text.size() == 10 ? std::string{}
                                                              : "not a YYYY-MM-DD date";
        });
    command->callback([this] { run(); });
}

void OneDigCommand::run() const {
    auto project = core::Project::open(options_.project, core::Project::Access::ReadOnly);
    const std::filesystem::path folder(options_.out);
    if (std::filesystem::exists(folder) && !std::filesystem::is_directory(folder)) {
        throw core::ExportError(options_.out + " is a file; --out needs a folder");
    }
    TerminalProgress progress("One Dig", options_.quiet);
    const int today = date_.empty() ? core::today() : *core::dayNumber(date_);
    const auto result = core::OneDig(project).run({distance_, gapDays_, today}, &progress);
    progress.done();

    std::filesystem::create_directories(folder);
    for (const auto& [file, table] :
         {std::pair{"opportunities.csv", core::opportunitiesTable(result)},
          std::pair{"conflicts.csv", core::conflictsTable(result)},
          std::pair{"blocked.csv", core::blockedTable(result)},
          std::pair{"near_misses.csv", core::nearMissesTable(result)},
          std::pair{"near_miss_promoters.csv", core::nearMissPromotersTable(result)},
          std::pair{"last_chance.csv", core::lastChanceTable(result)}}) {
        core::writeCsv(folder / file, table.header, table.rows);
    }

    const auto missed = static_cast<std::size_t>(
        std::count_if(result.opportunities.begin(), result.opportunities.end(),
                      [](const core::DigOpportunity& o) { return o.missed; }));
    if (options_.json) {
        printJson(nlohmann::json{{"works", result.works},
                                 {"planned_ducts", result.plannedDucts},
                                 {"restrictions", result.restrictions},
                                 {"opportunities", result.opportunities.size()},
                                 {"conflicts", result.conflicts.size()},
                                 {"blocked", result.blocked.size()},
                                 {"missed", missed},
                                 {"near_misses", result.nearMisses.size()},
                                 {"last_chances", result.lastChances.size()},
                                 {"distance_m", distance_},
                                 {"gap_days", gapDays_},
                                 {"date", core::isoDate(today)},
                                 {"out", options_.out}});
        return;
    }
    fmt::print(
        "One Dig within {} m: {} active street works, {} planned ducts, {} Section 58 "
        "restrictions.\n",
        distance_, result.works, result.plannedDucts, result.restrictions);
    fmt::print(
        "  {} dig-once opportunities ({} missed: their join-by day is before {}), {} works "
        "conflicts, {} blocked digs.\n",
        result.opportunities.size(), missed, core::isoDate(today), result.conflicts.size(),
        result.blocked.size());
    fmt::print(
        "  {} near misses (different promoters within {} days of each other), {} last chances "
        "before Section 58 restrictions.\n",
        result.nearMisses.size(), gapDays_, result.lastChances.size());
    fmt::print(
        "  Written to {}/opportunities.csv, conflicts.csv, blocked.csv, near_misses.csv, "
        "near_miss_promoters.csv and last_chance.csv\n",
        options_.out);
}

}  // namespace gigamap::cli

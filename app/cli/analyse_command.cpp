#include "analyse_command.h"

#include <CLI/CLI.hpp>

namespace gigamap::cli {
namespace {

CLI::App& addAnalyse(CLI::App& parent) {
    auto* analyse = parent.add_subcommand("analyse", "Run an analysis on a project");
    analyse->alias("analyze");
    analyse->require_subcommand(1);
    return *analyse;
}

}  // namespace

AnalyseCommand::AnalyseCommand(CLI::App& parent)
    : analyse_(addAnalyse(parent)),
      coverage_(analyse_),
      gaps_(analyse_),
      nearestDuct_(analyse_),
      oneDig_(analyse_) {}

}  // namespace gigamap::cli

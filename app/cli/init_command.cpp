#include "init_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "gigamap/core/project.h"
#include "gigamap/core/project_meta.h"

namespace gigamap::cli {

InitCommand::InitCommand(CLI::App& parent) {
    auto* command = parent.add_subcommand("init", "Create a new, empty project file");
    command->add_option("PROJECT", path_, "The project file to create (*.sqlite)")->required();
    command->add_option("--name", name_, "The project's name (default: the file name)");
    command->add_option("--crs", crs_, "Storage CRS, a projected CRS in metres")
        ->capture_default_str();
    command->callback([this] { run(); });
}

void InitCommand::run() const {
    auto project = core::Project::create(path_, {name_, crs_});
    const auto meta = project.meta();
    fmt::print("Created project '{}' in {} (EPSG:{}, {}).\n", meta.name, path_, meta.srid,
               meta.crsName);
}

}  // namespace gigamap::cli

#include "init_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "gigamap/core/postgis_project.h"
#include "gigamap/core/project.h"
#include "gigamap/core/project_locator.h"
#include "gigamap/core/project_meta.h"

namespace gigamap::cli {

InitCommand::InitCommand(CLI::App& parent) {
    auto* command = parent.add_subcommand("init", "Create a new, empty project");
    command
        ->add_option("PROJECT", path_,
                     "The project file to create (*.sqlite), or a new schema in PostgreSQL: "
                     "postgresql://[user@][host][:port]/dbname?schema=NAME")
        ->required();
    command->add_option("--name", name_, "The project's name (default: the file or schema name)");
    command->add_option("--crs", crs_, "Storage CRS, a projected CRS in metres")
        ->capture_default_str();
    command->add_flag("--roles", roles_,
                      "With a server project: also create the roles <schema>_editor (reads "
                      "and edits) and <schema>_viewer (reads only), to be granted to staff");
    command->callback([this] { run(); });
}

void InitCommand::run() const {
    const auto locator = core::ProjectLocator::parse(path_);
    if (roles_ && !locator.isServer()) {
        throw CLI::ValidationError("--roles", "roles are for a project on PostgreSQL, not a file");
    }
    if (!locator.isServer()) {
        const auto meta = core::Project::create(locator.path(), {name_, crs_}).meta();
        fmt::print("Created project '{}' in {} (EPSG:{}, {}).\n", meta.name, locator.display(),
                   meta.srid, meta.crsName);
        return;
    }
    const auto meta = core::PostgisProject::create(locator, {name_, crs_}, roles_).meta();
    fmt::print("Created project '{}' in {} (EPSG:{}, {}).\n", meta.name, locator.display(),
               meta.srid, meta.crsName);
    if (roles_) {
        const auto roles = core::projectRoles(locator.schema());
        fmt::print(
            "Roles: {} reads and edits, {} only reads; give them to staff with "
            "GRANT {} TO their_login.\n",
            roles.editor, roles.viewer, roles.editor);
    }
}

}  // namespace gigamap::cli

#include "copy_command.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <filesystem>

#include "gigamap/core/error.h"
#include "gigamap/core/postgis_project.h"
#include "gigamap/core/project.h"
#include "gigamap/core/project_locator.h"

namespace gigamap::cli {
namespace {

// Copies a server project into a file: into a new file beside the destination,
// renamed over it only once complete, so an existing file survives a failure.
void copyToFile(const core::ProjectLocator& source, const std::filesystem::path& destination,
                bool overwrite) {
    if (std::filesystem::exists(destination) && !overwrite) {
        throw core::StoreError(
            fmt::format("{} exists already; give --overwrite to replace it", destination.string()));
    }
    std::filesystem::path partial = destination;
    partial += ".copying";
    core::Project::removeFiles(partial);
    {
        const auto server = core::PostgisProject::open(source);
        const auto copied = server.copyToFile(partial);
    }
    // A replaced file's own -wal or -shm must not be taken for the new file's.
    core::Project::removeFiles(destination);
    std::filesystem::rename(partial, destination);
}

}  // namespace

CopyCommand::CopyCommand(CLI::App& parent) {
    auto* command = parent.add_subcommand(
        "copy", "Copy a whole project between a file and PostgreSQL (either way)");
    command->add_option("SOURCE", source_, "The project to copy: a file or postgresql://…")
        ->required();
    command->add_option("DEST", destination_, "Where to: a new file, or postgresql://…?schema=NAME")
        ->required();
    command->add_flag("--overwrite", overwrite_, "Replace an existing destination");
    command->callback([this] { run(); });
}

void CopyCommand::run() const {
    const auto source = core::ProjectLocator::parse(source_);
    const auto destination = core::ProjectLocator::parse(destination_);
    if (source.isServer() == destination.isServer()) {
        throw core::StoreError(
            "copy goes between a project file and a PostgreSQL schema; give one of each");
    }
    if (destination.isServer()) {
        auto file = core::Project::open(source.path(), core::Project::Access::ReadOnly);
        const auto copied = core::PostgisProject::copyOf(file, destination, overwrite_);
    } else {
        copyToFile(source, destination.path(), overwrite_);
    }
    fmt::print("Copied {} to {}.\n", source.display(), destination.display());
}

}  // namespace gigamap::cli

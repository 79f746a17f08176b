// gigamap-cli: everything the desktop does to data, headless.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "analyse_command.h"
#include "copy_command.h"
#include "exit_code.h"
#include "export_command.h"
#include "export_map_command.h"
#include "gigamap/core/version.h"
#include "import_command.h"
#include "info_command.h"
#include "init_command.h"
#include "plan_command.h"
#include "report_command.h"

namespace {

using gigamap::cli::ExitCode;

int run(int argc, char** argv) {
    CLI::App app{"gigamap-cli: plan a gigabit district from the command line", "gigamap-cli"};
    app.set_version_flag("--version", fmt::format("gigamap-cli {}", gigamap::core::kAppVersion));
    app.require_subcommand(1);

    const gigamap::cli::InitCommand init(app);
    const gigamap::cli::InfoCommand info(app);
    const gigamap::cli::ImportCommand import(app);
    const gigamap::cli::ExportCommand exportCommand(app);
    const gigamap::cli::AnalyseCommand analyse(app);
    const gigamap::cli::ReportCommand report(app);
    const gigamap::cli::ExportMapCommand exportMap(app);
    const gigamap::cli::PlanCommand plan(app);
    const gigamap::cli::CopyCommand copy(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& done) {
        return app.exit(done);
    } catch (const CLI::ParseError& usage) {
        app.exit(usage);
        return static_cast<int>(ExitCode::Usage);
    } catch (const std::exception& error) {
        fmt::print(stderr, "gigamap-cli: {}\n", error.what());
        return static_cast<int>(gigamap::cli::exitCodeFor(error));
    }
    return static_cast<int>(ExitCode::Done);
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "gigamap-cli: internal error: %s\n", error.what());
    } catch (...) {
        std::fprintf(stderr, "gigamap-cli: internal error\n");
    }
    return static_cast<int>(ExitCode::Internal);
}

#include "analysis_options.h"

#include <CLI/CLI.hpp>

namespace gigamap::cli {

void AnalysisOptions::addTo(CLI::App& command, const std::string& outHelp) {
    command.add_option("PROJECT", project, "The project file")->required();
    command.add_option("--out", out, outHelp)->required();
    command.add_flag("--quiet", quiet, "No progress bar");
    command.add_flag("--json", json, "Print the summary as JSON");
}

}  // namespace gigamap::cli

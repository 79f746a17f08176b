#pragma once

#include <string>

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}

namespace gigamap::cli {

// What every `analyse` command takes: the project, where to write, and how to report.
struct AnalysisOptions {
    std::string project;
    std::string out;
    bool quiet = false;
    bool json = false;

    // Adds PROJECT, --out (described by `outHelp`), --quiet and --json to `command`.
    void addTo(CLI::App& command, const std::string& outHelp);
};

}  // namespace gigamap::cli

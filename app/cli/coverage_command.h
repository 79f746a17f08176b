#pragma once

#include <string>

#include "analysis_options.h"

namespace gigamap::cli {

// `analyse coverage`: premises lacking gigabit, SFBB and full fibre per boundary.
class CoverageCommand {
public:
    explicit CoverageCommand(CLI::App& analyse);

private:
    void run() const;

    AnalysisOptions options_;
    std::string by_ = "ward";
    std::string assignments_;
};

}  // namespace gigamap::cli

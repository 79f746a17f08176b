#pragma once

#include <string>

#include "analysis_options.h"

namespace gigamap::cli {

// `gigamap-cli report PROJECT --out report.pdf|.html`: the procurement report, headless.
class ReportCommand {
public:
    explicit ReportCommand(CLI::App& parent);

private:
    void run() const;

    AnalysisOptions options_;
    std::string costModel_;
    std::string date_;
    double distance_ = 10.0;
    bool noAtlas_ = false;
    bool saveCostModel_ = false;
};

}  // namespace gigamap::cli

#pragma once

#include <string>
#include <vector>

#include "analysis_options.h"

namespace gigamap::cli {

// `analyse gaps`: the district's area not covered by hotspots or mobile coverage.
class GapsCommand {
public:
    explicit GapsCommand(CLI::App& analyse);

private:
    void run() const;

    AnalysisOptions options_;
    std::string district_;
    std::vector<std::string> mobile_;
    bool noHotspots_ = false;
    bool noMobile_ = false;
};

}  // namespace gigamap::cli

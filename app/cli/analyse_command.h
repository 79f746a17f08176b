#pragma once

#include "coverage_command.h"
#include "gaps_command.h"
#include "nearest_duct_command.h"
#include "one_dig_command.h"

namespace gigamap::cli {

// `gigamap-cli analyse <analysis> PROJECT ...`: the analyses of docs/design.md.
class AnalyseCommand {
public:
    explicit AnalyseCommand(CLI::App& parent);

private:
    CLI::App& analyse_;
    CoverageCommand coverage_;
    GapsCommand gaps_;
    NearestDuctCommand nearestDuct_;
    OneDigCommand oneDig_;
};

}  // namespace gigamap::cli

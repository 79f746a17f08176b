#pragma once

#include <string>

#include "analysis_options.h"

namespace gigamap::cli {

// `analyse one-dig`: dig-once opportunities, works conflicts and Section 58 blocks.
class OneDigCommand {
public:
    explicit OneDigCommand(CLI::App& analyse);

private:
    void run() const;

    AnalysisOptions options_;
    double distance_ = 10.0;
    int gapDays_ = 90;
    std::string date_;
};

}  // namespace gigamap::cli

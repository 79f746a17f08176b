#pragma once

#include <string>

#include "analysis_options.h"

namespace gigamap::cli {

// `analyse nearest-duct`: distance from each underserved postcode to the nearest duct.
class NearestDuctCommand {
public:
    explicit NearestDuctCommand(CLI::App& analyse);

private:
    void run() const;

    AnalysisOptions options_;
    std::string metric_ = "gigabit_pct";
    double below_ = 100.0;
    std::string status_ = "existing";
};

}  // namespace gigamap::cli

#pragma once

#include <string>
#include <vector>

#include "gigamap/core/planning/build_plan.h"

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}

namespace gigamap::cli {

// `plan`: least-cost duct routes to the premises lacking gigabit (issue 14).
class PlanCommand {
public:
    explicit PlanCommand(CLI::App& app);

private:
    void run() const;
    [[nodiscard]] core::planning::PlanOptions planOptions() const;

    std::string project_;
    std::string out_;
    std::vector<std::string> targets_{"below-gigabit"};
    std::string metric_ = "gigabit_pct";
    double below_ = 100.0;
    std::string from_ = "existing-ducts,exchange,cabinet";
    std::string window_;
    double budget_ = -1.0;
    double distance_ = 10.0;
    std::string bill_;
    std::string explain_;
    std::string costModel_;
    bool apply_ = false;
    bool json_ = false;
    bool quiet_ = false;
};

}  // namespace gigamap::cli

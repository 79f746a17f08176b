#pragma once

#include <string>

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}

namespace gigamap::cli {

// `gigamap-cli analyse <analysis> PROJECT ...`: the analyses of DESIGN.md section 3.
class AnalyseCommand {
public:
    explicit AnalyseCommand(CLI::App& parent);

private:
    void addCoverage(CLI::App& analyse);
    void addNearestDuct(CLI::App& analyse);
    void runCoverage() const;
    void runNearestDuct() const;

    std::string project_;
    std::string out_;
    bool quiet_ = false;
    bool json_ = false;
    // coverage
    std::string by_ = "ward";
    std::string assignments_;
    // nearest-duct
    std::string metric_ = "gigabit_pct";
    double below_ = 100.0;
    std::string status_ = "existing";
};

}  // namespace gigamap::cli

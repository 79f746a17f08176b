#pragma once

#include <string>

namespace CLI {
class App;
}

namespace gigamap::cli {

// `gigamap-cli analyse <analysis> PROJECT ...`: the analyses of DESIGN.md section 3.
class AnalyseCommand {
public:
    explicit AnalyseCommand(CLI::App& parent);

private:
    void addCoverage(CLI::App& analyse);
    void runCoverage() const;

    std::string project_;
    std::string out_;
    bool quiet_ = false;
    bool json_ = false;
    // coverage
    std::string by_ = "ward";
    std::string assignments_;
};

}  // namespace gigamap::cli

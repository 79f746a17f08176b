#pragma once

#include <map>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace gigamap::importers {
struct ImportSummary;
}

namespace gigamap::cli {

// `gigamap-cli import <kind> PROJECT FILE...`: brings real source data into a project.
class ImportCommand {
public:
    explicit ImportCommand(CLI::App& parent);

private:
    void addCodePoint(CLI::App& import);
    void addVector(CLI::App& import);
    void addOfcomFixed(CLI::App& import);
    void addStreetManager(CLI::App& import);
    void runCodePoint() const;
    void runVector() const;
    void runOfcomFixed() const;
    void runStreetManager() const;
    void report(const importers::ImportSummary& summary) const;

    std::string project_;
    std::vector<std::string> files_;
    std::string rejects_;
    bool quiet_ = false;
    bool json_ = false;
    std::string vintage_;
    // vector: how the project will name the source, and its attribution
    std::string sourceName_;
    std::string attribution_;
    // codepoint
    std::string district_;
    // vector
    std::string into_;
    std::string layer_;
    std::vector<std::string> maps_;
    std::vector<std::string> sets_;
    std::string sourceCrs_;
};

}  // namespace gigamap::cli

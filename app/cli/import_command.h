#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "gigamap/importers/import_kind.h"

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}

namespace gigamap::importers {
struct ImportJob;
struct ImportSummary;
}  // namespace gigamap::importers

namespace gigamap::cli {

// The options every import kind takes.
struct CommonImportOptions {
    std::string project;
    std::string rejects;
    std::string vintage;
    std::string attribution;
    bool quiet = false;
    bool json = false;
};

// `gigamap-cli import <kind> PROJECT FILE...`: brings real source data into a project.
class ImportCommand {
public:
    explicit ImportCommand(CLI::App& parent);

private:
    void addCodePoint(CLI::App& import);
    void addVector(CLI::App& import);
    void addOfcomFixed(CLI::App& import);
    void addOfcomMobile(CLI::App& import);
    void addStreetManager(CLI::App& import);
    void runCodePoint() const;
    void runVector() const;
    void runOfcomFixed() const;
    void runOfcomMobile() const;
    void runStreetManager() const;
    // The job the command line describes, for `kind`.
    [[nodiscard]] importers::ImportJob job(importers::ImportKind kind) const;
    // Runs `job` on the project behind a progress bar, then prints its summary.
    void run(const importers::ImportJob& job) const;
    void report(const importers::ImportSummary& summary) const;

    CommonImportOptions common_;
    std::vector<std::string> files_;
    // vector: the name under which the project records the source
    std::string sourceName_;
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

#pragma once

#include <string>

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}

namespace gigamap::cli {

// `gigamap-cli info PROJECT [--json]`: name, CRS, schema, layers with counts and
// extents, and data vintages.
class InfoCommand {
public:
    explicit InfoCommand(CLI::App& parent);

private:
    void run() const;

    std::string path_;
    bool json_ = false;
};

}  // namespace gigamap::cli

#pragma once

#include <string>

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}

namespace gigamap::cli {

// `gigamap-cli init PROJECT [--name NAME] [--crs EPSG:N] [--roles]`: creates a
// project file, or a project schema in PostgreSQL/PostGIS (with --roles, also
// its editor and viewer roles).
class InitCommand {
public:
    explicit InitCommand(CLI::App& parent);

private:
    void run() const;

    std::string path_;
    std::string name_;
    std::string crs_ = "EPSG:27700";
    bool roles_ = false;
};

}  // namespace gigamap::cli

#pragma once

#include <string>
#include <vector>

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's own name
class App;
}

namespace gigamap::cli {

// `gigamap-cli export PROJECT TABLE --out FILE`: writes a layer to GeoPackage,
// GeoJSON, Shapefile, KML, FlatGeobuf or CSV.
class ExportCommand {
public:
    explicit ExportCommand(CLI::App& parent);

private:
    void run() const;

    std::string project_;
    std::string table_;
    std::string out_;
    std::string format_;
    std::vector<std::string> where_;
    bool xy_ = false;
    bool overwrite_ = false;
    bool json_ = false;
};

}  // namespace gigamap::cli

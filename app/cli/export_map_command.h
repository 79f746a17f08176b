#pragma once

#include <string>
#include <vector>

#include "analysis_options.h"
#include "gigamap/render/map_layer.h"
#include "gigamap/render/map_sheet.h"

namespace gigamap::cli {

// `gigamap-cli export-map PROJECT --out map.png|map.pdf`: a map sheet, headless.
class ExportMapCommand {
public:
    explicit ExportMapCommand(CLI::App& parent);

private:
    void run() const;
    // Puts the --basemap under the layers and its attribution on the sheet.
    void addBasemap(std::vector<render::MapLayer>& layers, render::MapSheetOptions& sheet) const;

    AnalysisOptions options_;
    std::string extent_;
    std::string paper_ = "A4";
    std::string title_;
    std::vector<std::string> layers_;
    std::string basemap_;
    std::string basemapAttribution_;
    double dpi_ = 150.0;
    bool portrait_ = false;
};

}  // namespace gigamap::cli

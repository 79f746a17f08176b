#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "gigamap/importers/feature_file_writer.h"

namespace gigamap::core {
class Project;
}

namespace gigamap::importers {

struct ExportOptions {
    std::string table;
    std::filesystem::path out;
    // GPKG, GeoJSON, ESRI Shapefile, KML, FlatGeobuf or CSV; empty: from the extension.
    std::string format;
    // field -> value: keep only features whose fields equal these (values are bound, not SQL).
    std::map<std::string, std::string> where;
    bool csvAsXy = false;  // CSV: X and Y columns instead of WKT (point layers)
    bool overwrite = false;
};

using ExportSummary = FeatureFileSummary;

// Writes a project layer to another format through GDAL/OGR: every feature in
// fid order with its fid kept where the format can, every field with its type,
// and the geometry in the project CRS, except GeoJSON (RFC 7946) and KML,
// which are WGS84 longitude/latitude. A failure leaves no partial file.
class VectorExporter {
public:
    explicit VectorExporter(core::Project& project) : project_(project) {}

    ExportSummary exportTable(const ExportOptions& options);

private:
    core::Project& project_;
};

}  // namespace gigamap::importers

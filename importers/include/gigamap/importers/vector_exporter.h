#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

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

struct ExportSummary {
    std::string format;
    std::int64_t features = 0;
    std::string crs;                 // e.g. "EPSG:4326" for GeoJSON
    std::vector<std::string> notes;  // e.g. field names a format shortened
};

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

// The GDAL driver name for a file name's extension, or empty.
[[nodiscard]] std::string formatForExtension(const std::filesystem::path& file);

}  // namespace gigamap::importers
